package io.scpgen.generator.emit;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.Constraints;
import io.scpgen.generator.spec.JsonText;

/** Text from the docs made safe for Javadoc: HTML and comment delimiters escaped, Korean kept as it is. */
public final class Javadocs {

    private Javadocs() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "&#92;u").trim();
    }

    /** {@code <p>Example: {@code 20}} style lines for an example and the constraints, or empty. */
    public static String details(JsonNode example, Constraints constraints, boolean nullable) {
        StringBuilder text = new StringBuilder();
        if (example != null) {
            text.append("\n<p>Example: {@code ").append(escape(JsonText.write(example))).append("}");
        }
        if (constraints != null) {
            append(text, "pattern", constraints.pattern() == null ? null : "{@code " + escape(constraints.pattern()) + "}");
            append(text, "minimum length", constraints.minLength());
            append(text, "maximum length", constraints.maxLength());
            append(text, "minimum", constraints.minimum() == null ? null : constraints.minimum().toPlainString());
            append(text, "maximum", constraints.maximum() == null ? null : constraints.maximum().toPlainString());
        }
        if (nullable) {
            text.append("\n<p>May be {@code null}.");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String label, Object value) {
        if (value != null) {
            text.append("\n<p>Constraint: ").append(label).append(' ').append(value).append('.');
        }
    }
}
