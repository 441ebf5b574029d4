package io.scpgen.generator.docs.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: the Name cell carries the name and whether it is required, as the docs print them under each other.
 * <pre>
 * | query | scp_image_type optional | ...      -> scp_image_type, optional
 * image_id
 * required                                    -> image_id, required
 * </pre>
 */
public final class NameRequiredCell {

    private static final Pattern NAME_AND_MARKER = Pattern.compile("^(\\S+)\\s+(required|optional)$");

    /** @param marked false when the cell had neither word, so {@code required} is a guess (false) */
    public record NameAndRequired(String name, boolean required, boolean marked) {
    }

    private NameRequiredCell() {
    }

    public static NameAndRequired split(String cell) {
        Matcher m = NAME_AND_MARKER.matcher(Spaces.collapse(cell));
        if (m.matches()) {
            return new NameAndRequired(m.group(1), m.group(2).equals("required"), true);
        }
        return new NameAndRequired(cell.trim(), false, false);
    }
}
