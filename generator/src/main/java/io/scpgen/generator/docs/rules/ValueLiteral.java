package io.scpgen.generator.docs.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.scpgen.generator.spec.JsonText;
import io.scpgen.generator.spec.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Rule: defaults and examples are written as the docs' (Python) backend prints them; read them as typed JSON values.
 * <pre>
 * None                              -> no value
 * True / False                      -> true / false           (boolean types)
 * 20                                -> 20                     (integer types)
 * ['c09c3f05-...']                  -> ["c09c3f05-..."]
 * [{'key': 'key', 'value': 'value'}] -> [{"key":"key","value":"value"}]
 * created_at:desc                   -> "created_at:desc"      (anything else is a string)
 * </pre>
 */
public final class ValueLiteral {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ValueLiteral() {
    }

    /** The value, or null when the text is empty or {@code None}. */
    public static JsonNode parse(String text, TypeRef type) {
        if (text == null || text.isBlank() || text.trim().equals("None")) {
            return null;
        }
        String value = text.trim();
        TypeRef.Kind kind = type == null ? TypeRef.Kind.STRING : type.kind();
        if (kind == TypeRef.Kind.BOOLEAN && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
            return NODES.booleanNode(value.equalsIgnoreCase("true"));
        }
        if (kind == TypeRef.Kind.INTEGER && INTEGER.matcher(value).matches()) {
            return NODES.numberNode(new BigInteger(value));
        }
        if (kind == TypeRef.Kind.NUMBER && NUMBER.matcher(value).matches()) {
            return NODES.numberNode(new BigDecimal(value));
        }
        if (kind != TypeRef.Kind.STRING && kind != TypeRef.Kind.ENUM
                && (value.startsWith("[") || value.startsWith("{"))) {
            JsonNode structured = pythonLiteral(value);
            if (structured != null) {
                return structured;
            }
        }
        return TextNode.valueOf(value);
    }

    /** Reads a Python literal ({@code [{'a': True}]}) as JSON; null when it is not one. */
    static JsonNode pythonLiteral(String value) {
        StringBuilder json = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                StringBuilder content = new StringBuilder();
                while (end < value.length() && value.charAt(end) != c) {
                    if (value.charAt(end) == '\\' && end + 1 < value.length()) {
                        end++;
                    }
                    content.append(value.charAt(end));
                    end++;
                }
                if (end >= value.length()) {
                    return null;
                }
                json.append(JsonText.write(TextNode.valueOf(content.toString())));
                i = end + 1;
            } else if (value.startsWith("True", i)) {
                json.append("true");
                i += 4;
            } else if (value.startsWith("False", i)) {
                json.append("false");
                i += 5;
            } else if (value.startsWith("None", i)) {
                json.append("null");
                i += 4;
            } else {
                json.append(c);
                i++;
            }
        }
        try {
            return JsonText.parse(json.toString());
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
