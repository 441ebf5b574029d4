package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Constraints;
import io.scpgen.generator.spec.TypeRef;

/**
 * Maps the spec's closed type grammar to OpenAPI 3.1 (JSON Schema 2020-12) schemas.
 * <ul>
 *   <li>{@code string (date-time)} -> {@code {"type": "string", "format": "date-time"}}</li>
 *   <li>nullable -> a type array, {@code {"type": ["string", "null"]}}; a nullable enum lists {@code null} among its
 *       values, since JSON Schema checks {@code enum} apart from {@code type}</li>
 *   <li>{@code array[T]} -> {@code {"type": "array", "items": T}}; {@code map[T]} -> {@code {"type": "object",
 *       "additionalProperties": T}} ({@code true} for a map of anything)</li>
 *   <li>a model -> {@code {"$ref": "#/components/schemas/Model"}}; a nullable model ->
 *       {@code {"anyOf": [{"$ref": ...}, {"type": "null"}]}}</li>
 *   <li>{@code any} -> {@code {}}; {@code any of [A, B]} -> {@code {"anyOf": [A, B]}}</li>
 * </ul>
 */
final class SchemaMapper {

    /** The schema of one use of a type. */
    ObjectNode schema(TypeRef type) {
        ObjectNode schema = Nodes.object();
        if (type == null) {
            return schema;
        }
        switch (type.kind()) {
            case STRING -> scalar(schema, "string", type);
            case INTEGER -> scalar(schema, "integer", type);
            case NUMBER -> scalar(schema, "number", type);
            case BOOLEAN -> scalar(schema, "boolean", type);
            case ARRAY -> {
                putType(schema, "array", type.nullable());
                if (type.items() != null) {
                    schema.set("items", schema(type.items()));
                }
            }
            case MAP -> {
                putType(schema, "object", type.nullable());
                if (type.items() == null || isAnything(type.items())) {
                    schema.put("additionalProperties", true);
                } else {
                    schema.set("additionalProperties", schema(type.items()));
                }
            }
            case ENUM -> {
                scalar(schema, "string", type);
                ArrayNode values = Nodes.strings(type.values());
                if (type.nullable()) {
                    values.addNull();
                }
                schema.set("enum", values);
            }
            case REF -> {
                if (type.nullable()) {
                    ArrayNode anyOf = schema.putArray("anyOf");
                    anyOf.add(Nodes.object().put("$ref", ComponentNames.ref(type.ref())));
                    anyOf.add(Nodes.object().put("type", "null"));
                } else {
                    schema.put("$ref", ComponentNames.ref(type.ref()));
                }
            }
            case ANY -> {
                if (!type.alternatives().isEmpty()) {
                    ArrayNode anyOf = schema.putArray("anyOf");
                    type.alternatives().forEach(alternative -> anyOf.add(schema(alternative)));
                    if (type.nullable()) {
                        anyOf.add(Nodes.object().put("type", "null"));
                    }
                }
            }
        }
        return schema;
    }

    /**
     * The schema of a documented value (a model field or a parameter): its type, then the docs' constraints,
     * default, example and description, in that order.
     */
    ObjectNode valueSchema(TypeRef type, Constraints constraints, JsonNode defaultValue, JsonNode example,
                           String description) {
        ObjectNode schema = Nodes.object();
        Nodes.putText(schema, "description", description);
        schema.setAll(schema(type));
        constraints(schema, type, constraints);
        Nodes.putValue(schema, "default", defaultValue);
        Nodes.putValue(schema, "example", example);
        return schema;
    }

    /**
     * Pattern, lengths and bounds. A length on an array counts its items ({@code minItems}/{@code maxItems}), on a
     * map its entries; on anything else it is a string length.
     */
    private static void constraints(ObjectNode schema, TypeRef type, Constraints constraints) {
        if (constraints == null) {
            return;
        }
        String lengthWord = type == null ? "Length"
                : switch (type.kind()) {
                    case ARRAY -> "Items";
                    case MAP -> "Properties";
                    default -> "Length";
                };
        Nodes.putText(schema, "pattern", constraints.pattern());
        if (constraints.minLength() != null) {
            schema.put("min" + lengthWord, constraints.minLength());
        }
        if (constraints.maxLength() != null) {
            schema.put("max" + lengthWord, constraints.maxLength());
        }
        if (constraints.minimum() != null) {
            schema.set("minimum", Nodes.number(constraints.minimum()));
        }
        if (constraints.maximum() != null) {
            schema.set("maximum", Nodes.number(constraints.maximum()));
        }
    }

    private static void scalar(ObjectNode schema, String jsonType, TypeRef type) {
        putType(schema, jsonType, type.nullable());
        Nodes.putText(schema, "format", type.format());
    }

    private static void putType(ObjectNode schema, String jsonType, boolean nullable) {
        if (nullable) {
            schema.putArray("type").add(jsonType).add("null");
        } else {
            schema.put("type", jsonType);
        }
    }

    private static boolean isAnything(TypeRef type) {
        return type.kind() == TypeRef.Kind.ANY && type.alternatives().isEmpty();
    }
}
