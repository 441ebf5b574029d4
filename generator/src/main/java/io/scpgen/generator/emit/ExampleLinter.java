package io.scpgen.generator.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.JsonText;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.TypeRef;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the docs' examples against their models: where they disagree (a field the model lacks, a value of the wrong
 * type, a required field missing) it says so in words and gives the part of the example both agree on: that is what
 * a generated test can hold the SDK to. {@link DocsLint} reports the disagreements.
 */
public final class ExampleLinter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ServiceSpec spec;

    public ExampleLinter(ServiceSpec spec) {
        this.spec = spec;
    }

    /** What the example and the type agree on, and each disagreement in words. */
    public record Agreement(JsonNode agreed, List<String> disagreements) {
    }

    /** Checks {@code example} against {@code type}. */
    public Agreement check(JsonNode example, TypeRef type) {
        List<String> problems = new ArrayList<>();
        JsonNode agreed = agree(example, type, "", problems);
        return new Agreement(agreed, List.copyOf(problems));
    }

    private JsonNode agree(JsonNode value, TypeRef type, String path, List<String> problems) {
        if (value == null || value.isNull()) {
            return value;
        }
        return switch (type.kind()) {
            case STRING -> value.isTextual() ? string(value, type, path, problems) : wrong(value, type, path, problems);
            case INTEGER -> value.isIntegralNumber() && value.canConvertToLong() ? value
                    : wrong(value, type, path, problems);
            case NUMBER -> value.isNumber() ? value : wrong(value, type, path, problems);
            case BOOLEAN -> value.isBoolean() ? value : wrong(value, type, path, problems);
            case ENUM -> value.isTextual() ? value : wrong(value, type, path, problems);
            case ARRAY -> value.isArray() ? array(value, type.items(), path, problems) : wrong(value, type, path, problems);
            case MAP -> value.isObject() ? map(value, type.items(), path, problems) : wrong(value, type, path, problems);
            case REF -> spec.model(type.ref()).map(m -> value.isObject() ? object(value, m, path, problems)
                    : wrong(value, type, path, problems)).orElse(value);
            case ANY -> value;
        };
    }

    /** A date-time is held to the form the SDK writes it in: the same instant and offset, ISO-8601. */
    private static JsonNode string(JsonNode value, TypeRef type, String path, List<String> problems) {
        if (!"date-time".equals(type.format())) {
            return value;
        }
        try {
            return TextNode.valueOf(OffsetDateTime.parse(value.asText()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            problems.add(at(path) + "'" + value.asText() + "' is not a date-time");
            return null;
        }
    }

    private JsonNode array(JsonNode value, TypeRef items, String path, List<String> problems) {
        ArrayNode agreed = NODES.arrayNode();
        for (JsonNode element : value) {
            JsonNode kept = agree(element, items, path + "[]", problems);
            if (kept != null) {
                agreed.add(kept);
            }
        }
        return agreed;
    }

    private JsonNode map(JsonNode value, TypeRef values, String path, List<String> problems) {
        ObjectNode agreed = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode kept = values == null ? entry.getValue()
                    : agree(entry.getValue(), values, path + "." + entry.getKey(), problems);
            if (kept != null) {
                agreed.set(entry.getKey(), kept);
            }
        }
        return agreed;
    }

    private JsonNode object(JsonNode value, Model model, String path, List<String> problems) {
        ObjectNode agreed = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String fieldPath = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            Optional<Field> field = model.field(entry.getKey());
            if (field.isEmpty()) {
                problems.add("field '" + fieldPath + "' is not in model " + model.name());
                continue;
            }
            JsonNode kept = agree(entry.getValue(), field.get().type(), fieldPath, problems);
            if (kept != null) {
                agreed.set(entry.getKey(), kept);
            }
        }
        for (Field field : model.fields()) {
            if (field.required() && !value.has(field.name())) {
                problems.add("required field '" + (path.isEmpty() ? "" : path + ".") + field.name() + "' of model "
                        + model.name() + " is missing");
            }
        }
        return agreed;
    }

    private static JsonNode wrong(JsonNode value, TypeRef type, String path, List<String> problems) {
        problems.add(at(path) + JsonText.write(value) + " is not " + type.describe());
        return null;
    }

    private static String at(String path) {
        return path.isEmpty() ? "the value " : "field '" + path + "': ";
    }

    /** The smallest valid value of {@code type}: required fields only, each with a plain value of its type. */
    public JsonNode minimal(TypeRef type) {
        return minimal(type, new HashSet<>());
    }

    private JsonNode minimal(TypeRef type, Set<String> open) {
        return switch (type.kind()) {
            case STRING -> "date-time".equals(type.format()) ? TextNode.valueOf("2024-01-01T00:00:00Z")
                    : TextNode.valueOf("string");
            case INTEGER -> NODES.numberNode(0L);
            case NUMBER -> NODES.numberNode(0.5d);
            case BOOLEAN -> NODES.booleanNode(false);
            case ENUM -> TextNode.valueOf(type.values().get(0));
            case ARRAY -> NODES.arrayNode();
            case MAP -> NODES.objectNode();
            case REF -> spec.model(type.ref()).filter(m -> open.add(m.name())).map(m -> {
                ObjectNode object = NODES.objectNode();
                m.fields().stream().filter(Field::required)
                        .forEach(f -> object.set(f.name(), minimal(f.type(), open)));
                open.remove(m.name());
                return (JsonNode) object;
            }).orElse(NODES.objectNode());
            case ANY -> NODES.objectNode();
        };
    }
}
