package io.scpgen.generator.docs.rules;

import java.util.List;

/**
 * Rule: in the flattened layout a parameter or field row starts with its name on one line and {@code required} or
 * {@code optional} alone on the next; that pair is what separates the rows of a multi-line table.
 * <pre>
 * queryscp_image_type
 * optional
 * 이미지 타입
 * Example : custom
 * any of [string, null]None
 * </pre>
 */
public final class RequiredMarker {

    private RequiredMarker() {
    }

    public static boolean isMarker(String line) {
        String trimmed = line.trim();
        return trimmed.equals("required") || trimmed.equals("optional");
    }

    /** True when a row starts at {@code index}: a non-blank name line followed by the marker. */
    public static boolean startsRow(List<String> lines, int index) {
        return index + 1 < lines.size() && !lines.get(index).isBlank() && !isMarker(lines.get(index))
                && isMarker(lines.get(index + 1));
    }
}
