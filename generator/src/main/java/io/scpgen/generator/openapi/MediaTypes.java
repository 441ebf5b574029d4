package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.TypeRef;

/** {@code content: {"application/json": {schema, example}}}: how every SCP body is sent and received. */
final class MediaTypes {

    static final String JSON = "application/json";

    private final SchemaMapper schemas;

    MediaTypes(SchemaMapper schemas) {
        this.schemas = schemas;
    }

    /** The content object; null when there is neither a type nor an example to describe. */
    ObjectNode json(TypeRef type, JsonNode example) {
        if (type == null && (example == null || example.isMissingNode())) {
            return null;
        }
        ObjectNode mediaType = Nodes.object();
        if (type != null) {
            mediaType.set("schema", schemas.schema(type));
        }
        Nodes.putValue(mediaType, "example", example);
        ObjectNode content = Nodes.object();
        content.set(JSON, mediaType);
        return content;
    }
}
