package io.scpgen.generator.emit.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Java expressions for the docs' example values of parameters, and the strings they put on the wire. */
final class TestValues {

    private static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");

    private TestValues() {
    }

    /** A value to call with: the example, else the default, else (for a required parameter) a plain value. */
    static Optional<JsonNode> valueFor(JsonNode example, JsonNode defaultValue) {
        if (example != null && !example.isNull()) {
            return Optional.of(example);
        }
        return Optional.ofNullable(defaultValue);
    }

    /** The Java expression of {@code value} as {@code javaType}; empty when the value does not fit the type. */
    static Optional<CodeBlock> literal(JsonNode value, TypeRef type, TypeName javaType) {
        return switch (type.kind()) {
            case STRING -> Optional.of("date-time".equals(type.format())
                    ? CodeBlock.of("$T.parse($S)", OFFSET_DATE_TIME, value.asText()) : CodeBlock.of("$S", value.asText()));
            case INTEGER -> integer(value).map(v -> CodeBlock.of("$LL", v));
            case NUMBER -> value.isNumber() || isNumeric(value.asText())
                    ? Optional.of(CodeBlock.of("$Ld", value.asDouble())) : Optional.empty();
            case BOOLEAN -> bool(value).map(v -> CodeBlock.of("$L", v));
            case ENUM -> Optional.of(CodeBlock.of("$T.of($S)", javaType, value.asText()));
            case ARRAY, ANY -> list(value, type, javaType);
            default -> Optional.empty();
        };
    }

    /** The strings a query parameter of this value sends, one per repetition. */
    static List<String> wireValues(JsonNode value, TypeRef type) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : value.isArray() ? value : List.of(value)) {
            TypeRef single = type.kind() == TypeRef.Kind.ARRAY ? type.items() : type;
            values.add(switch (single.kind()) {
                case INTEGER -> String.valueOf(integer(element).orElse(0L));
                case BOOLEAN -> String.valueOf(bool(element).orElse(false));
                default -> element.asText();
            });
        }
        return values;
    }

    private static Optional<CodeBlock> list(JsonNode value, TypeRef type, TypeName javaType) {
        if (!(javaType instanceof ParameterizedTypeName list) || !list.rawType().equals(ClassName.get(List.class))) {
            return Optional.empty();
        }
        TypeRef items = type.kind() == TypeRef.Kind.ARRAY ? type.items()
                : type.alternatives().stream().filter(t -> t.kind() != TypeRef.Kind.ARRAY).findFirst().orElse(type);
        List<CodeBlock> elements = new ArrayList<>();
        for (JsonNode element : value.isArray() ? value : List.of(value)) {
            Optional<CodeBlock> literal = literal(element, items, list.typeArguments().get(0));
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            elements.add(literal.get());
        }
        return Optional.of(CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(elements, ", ")));
    }

    private static Optional<Long> integer(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Optional.of(value.asLong());
        }
        String text = value.asText().trim();
        return text.matches("-?\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static Optional<Boolean> bool(JsonNode value) {
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        String text = value.asText().trim();
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                ? Optional.of(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    private static boolean isNumeric(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }

    /** A plain value for a required parameter the docs give no example for. */
    static JsonNode placeholder(TypeRef type, String name) {
        var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        return switch (type.kind()) {
            case INTEGER -> nodes.numberNode(1L);
            case NUMBER -> nodes.numberNode(1.5d);
            case BOOLEAN -> nodes.booleanNode(true);
            case ENUM -> nodes.textNode(type.values().get(0));
            case STRING -> "date-time".equals(type.format()) ? nodes.textNode("2024-01-01T00:00:00Z")
                    : nodes.textNode("example-" + name);
            default -> nodes.textNode("example-" + name);
        };
    }
}
