package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.FieldChange;
import io.scpgen.generator.spec.Model;

/**
 * A model as a {@code components/schemas} entry: an object with its fields as properties (docs order), the
 * {@code required} list, and where the model came from:
 * {@code x-scp-inferred: true} for a model inferred from an example response, {@code x-scp-variant-of},
 * {@code x-scp-variant-version} and {@code x-scp-variant-changes} for a version variant such as
 * {@code ImageListResponseV1Dot2}.
 */
final class ModelSchemaMapper {

    private final SchemaMapper schemas;

    ModelSchemaMapper(SchemaMapper schemas) {
        this.schemas = schemas;
    }

    ObjectNode schema(Model model) {
        ObjectNode schema = Nodes.object();
        schema.put("type", "object");
        ArrayNode required = Nodes.array();
        ObjectNode properties = Nodes.object();
        for (Field field : model.fields()) {
            if (field.required()) {
                required.add(field.name());
            }
            properties.set(field.name(), schemas.valueSchema(field.type(), field.constraints(), field.defaultValue(),
                    field.example(), field.description()));
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.set("properties", properties);
        if (Model.INFERRED.equals(model.origin())) {
            schema.put("x-scp-inferred", true);
        }
        Nodes.putText(schema, "x-scp-variant-of", model.variantOf());
        Nodes.putText(schema, "x-scp-variant-version", model.variantVersion());
        if (!model.variantChanges().isEmpty()) {
            ArrayNode changes = schema.putArray("x-scp-variant-changes");
            model.variantChanges().forEach(change -> changes.add(describe(change)));
        }
        return schema;
    }

    /** {@code images[].scp_gpu_driver added}, {@code size changed: string -> integer}. */
    static String describe(FieldChange change) {
        String text = change.path() + " " + change.change();
        return change.detail() == null || change.detail().isBlank() ? text : text + ": " + change.detail();
    }

    /**
     * The stand-in for a model referenced but defined nowhere: an open object, so every {@code $ref} still
     * resolves, marked {@code x-scp-unresolved: true}.
     */
    static ObjectNode unresolved(String modelName) {
        ObjectNode schema = Nodes.object();
        schema.put("type", "object");
        schema.put("description",
                "The docs reference " + modelName + " but define it nowhere; its fields are unknown.");
        schema.put("x-scp-unresolved", true);
        return schema;
    }
}
