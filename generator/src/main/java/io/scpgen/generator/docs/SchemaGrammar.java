package io.scpgen.generator.docs;

import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The docs' schema column grammar:
 * <pre>
 * type    := "any of [" type ("," type)* "]" | "array[" type "]" | "enum (" word ("," word)* ")"
 *          | "string (" format ")" | "string" | "integer" | "number" | "boolean" | "object" | ModelName
 * </pre>
 * where {@code null} may stand only inside {@code any of [...]}, making the type nullable.
 * <pre>
 * </pre>
 * A schema cell of the flattened layout runs into the default cell ({@code stringNone},
 * {@code any of [integer, null]20}), so the grammar reads the longest schema prefix and hands back the rest.
 */
public final class SchemaGrammar {

    private static final List<String> KEYWORDS = List.of("string", "integer", "number", "boolean", "object");
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");
    private static final Pattern FORMAT_NAME = Pattern.compile("[a-z0-9-]+");

    /** A schema read from the front of a cell: the type, the schema text, and what follows it. */
    public record Parsed(TypeRef type, String schema, String rest) {
    }

    private final String text;
    private int pos;

    private SchemaGrammar(String text) {
        this.text = text;
    }

    /**
     * Reads the schema at the start of {@code cell}; empty when the cell does not start with one (an unknown
     * schema word, an unclosed bracket).
     */
    public static Optional<Parsed> parsePrefix(String cell) {
        String trimmed = cell.trim();
        SchemaGrammar grammar = new SchemaGrammar(trimmed);
        Optional<TypeRef> type = grammar.type(true);
        return type.map(t -> new Parsed(t, trimmed.substring(0, grammar.pos).trim(),
                trimmed.substring(grammar.pos).trim()));
    }

    /** Reads a cell that must be a schema and nothing else. */
    public static Optional<TypeRef> parseWhole(String cell) {
        return parsePrefix(cell).filter(p -> p.rest().isEmpty()).map(Parsed::type);
    }

    /** True for a word that can only be a model name: {@code ImageListResponse}. */
    public static boolean isModelName(String word) {
        return MODEL_NAME.matcher(word).matches();
    }

    private Optional<TypeRef> type(boolean topLevel) {
        skipSpaces();
        if (eat("any of [")) {
            return anyOf();
        }
        if (eat("array[")) {
            Optional<TypeRef> items = type(false);
            return items.isPresent() && eat("]") ? Optional.of(TypeRef.arrayOf(items.get())) : Optional.empty();
        }
        if (eat("enum (")) {
            return enumValues();
        }
        for (String keyword : KEYWORDS) {
            if (text.startsWith(keyword, pos) && (topLevel || !continuesWord(pos + keyword.length()))) {
                pos += keyword.length();
                return Optional.of(keyword(keyword));
            }
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')
                && text.charAt(pos) < 128) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (isModelName(word)) {
            return Optional.of(TypeRef.ref(word));
        }
        pos = start;
        return Optional.empty();
    }

    private TypeRef keyword(String keyword) {
        return switch (keyword) {
            case "string" -> stringWithFormat();
            case "integer" -> TypeRef.of(TypeRef.Kind.INTEGER);
            case "number" -> TypeRef.of(TypeRef.Kind.NUMBER);
            case "boolean" -> TypeRef.of(TypeRef.Kind.BOOLEAN);
            default -> TypeRef.mapOf(TypeRef.of(TypeRef.Kind.ANY)); // "object": free-form JSON object
        };
    }

    /** {@code string (date-time)}: the format is a lower-case word in parentheses right after the keyword. */
    private TypeRef stringWithFormat() {
        int save = pos;
        if (eat(" (")) {
            int close = text.indexOf(')', pos);
            if (close > pos && FORMAT_NAME.matcher(text.substring(pos, close)).matches()) {
                String format = text.substring(pos, close);
                pos = close + 1;
                return TypeRef.string(format);
            }
        }
        pos = save;
        return TypeRef.string(null);
    }

    private Optional<TypeRef> anyOf() {
        List<TypeRef> alternatives = new ArrayList<>();
        boolean nullable = false;
        do {
            skipSpaces();
            if (text.startsWith("null", pos) && !continuesWord(pos + 4)) {
                pos += 4;
                nullable = true;
                continue;
            }
            Optional<TypeRef> alternative = type(false);
            if (alternative.isEmpty()) {
                return Optional.empty();
            }
            alternatives.add(alternative.get());
        } while (eat(","));
        if (!eat("]") || alternatives.isEmpty()) {
            return Optional.empty();
        }
        TypeRef type = alternatives.size() == 1 ? alternatives.get(0) : TypeRef.anyOf(alternatives);
        return Optional.of(type.withNullable(nullable));
    }

    private Optional<TypeRef> enumValues() {
        int close = text.indexOf(')', pos);
        if (close < 0) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (String value : text.substring(pos, close).split(",")) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        pos = close + 1;
        return values.isEmpty() ? Optional.empty() : Optional.of(TypeRef.enumOf(values));
    }

    private boolean continuesWord(int index) {
        return index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }

    private boolean eat(String token) {
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }
}
