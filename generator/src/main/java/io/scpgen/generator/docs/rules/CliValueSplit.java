package io.scpgen.generator.docs.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: in the command-line reference the description cell runs into the example cell. The example is the trailing
 * value that has a machine shape: a date-time, a UUID, a hex id, a number, or a lower-case ASCII word directly after
 * non-ASCII text.
 * <pre>
 * 이미지 ID70a599e0-31e7-49b7-b260-868f441e862b -> 이미지 ID | 70a599e0-31e7-49b7-b260-868f441e862b
 * 생성일시2025-07-22T09:00:00Z                  -> 생성일시   | 2025-07-22T09:00:00Z
 * 이미지 멤버 상태. ... 하나의 값pending          -> 이미지 멤버 상태. ... 하나의 값 | pending
 * </pre>
 * When no trailing value has such a shape the whole cell is the description.
 */
public final class CliValueSplit {

    private static final Pattern[] VALUE_SHAPES = {
        Pattern.compile("^(.*?)(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)$"),
        Pattern.compile("^(.*?)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"),
        Pattern.compile("^(.*?[^0-9a-f])([0-9a-f]{32})$"),
        Pattern.compile("^(.*?[^\\x00-\\x7F])([a-z][a-z0-9_.:-]*|-?\\d+(?:\\.\\d+)?)$"),
    };

    public record Cells(String description, String example) {
    }

    private CliValueSplit() {
    }

    public static Cells split(String cell) {
        String trimmed = cell.trim();
        for (Pattern shape : VALUE_SHAPES) {
            Matcher m = shape.matcher(trimmed);
            if (m.matches()) {
                return new Cells(m.group(1).trim(), m.group(2));
            }
        }
        return new Cells(trimmed, "");
    }

    /** A response-field row of the command-line reference: the snake_case name, then description and example. */
    public record FieldRow(String name, String description, String example) {
    }

    private static final Pattern FIELD_NAME = Pattern.compile("^([a-z][a-z0-9_]*)(.*)$");

    /**
     * Splits {@code created_at생성일시2025-07-22T09:00:00Z}: the name is the leading snake_case run, which ends at the
     * first character a JSON field name of the docs never has (Hangul, a capital, a space).
     */
    public static java.util.Optional<FieldRow> splitFieldRow(String line) {
        Matcher m = FIELD_NAME.matcher(line.trim());
        if (!m.matches() || m.group(2).isEmpty()) {
            return java.util.Optional.empty();
        }
        Cells cells = split(m.group(2));
        return java.util.Optional.of(new FieldRow(m.group(1), cells.description(), cells.example()));
    }
}
