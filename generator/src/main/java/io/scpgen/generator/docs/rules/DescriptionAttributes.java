package io.scpgen.generator.docs.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: the Description cell holds the description followed by labelled attributes, each on its own line in the
 * flattened layout or inline in a pipe table.
 * <pre>
 * Auto-Scaling Group 이름
 * Example : auto-scaling-group-name
 * Pattern : ^[a-zA-Z0-9-_]*$
 * Minimum length : 1
 * Maximum length : 63
 *
 * | 이미지 타입 Example : custom |
 * </pre>
 * An attribute runs to the next attribute label or the end of the cell.
 */
public final class DescriptionAttributes {

    private static final Pattern LABEL = Pattern.compile(
            "(?:^|\\s)(Example|Pattern|Minimum length|Maximum length|Minimum|Maximum) :(?= |$)", Pattern.MULTILINE);

    /**
     * @param example the example text as written, null when there is no {@code Example :} label
     * @param problems attribute values that could not be read (a length that is not a number...)
     */
    public record Attributes(String description, String example, String pattern, Integer minLength, Integer maxLength,
                             BigDecimal minimum, BigDecimal maximum, List<String> problems) {
    }

    private DescriptionAttributes() {
    }

    public static Attributes split(String cell) {
        Matcher m = LABEL.matcher(cell);
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end()});
            labels.add(m.group(1));
        }
        String description = (spans.isEmpty() ? cell : cell.substring(0, spans.get(0)[0])).trim();
        String example = null;
        String pattern = null;
        Integer minLength = null;
        Integer maxLength = null;
        BigDecimal minimum = null;
        BigDecimal maximum = null;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : cell.length();
            String value = cell.substring(spans.get(i)[1], end).trim();
            try {
                switch (labels.get(i)) {
                    case "Example" -> example = value;
                    case "Pattern" -> pattern = value;
                    case "Minimum length" -> minLength = Integer.valueOf(value);
                    case "Maximum length" -> maxLength = Integer.valueOf(value);
                    case "Minimum" -> minimum = new BigDecimal(value);
                    default -> maximum = new BigDecimal(value);
                }
            } catch (NumberFormatException e) {
                problems.add("'" + labels.get(i) + " : " + value + "' is not a number: expected digits");
            }
        }
        return new Attributes(description, example, pattern, minLength, maxLength, minimum, maximum, problems);
    }
}
