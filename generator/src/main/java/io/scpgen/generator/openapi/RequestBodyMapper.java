package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.RequestBody;

/** The {@code requestBody} of one operation version: description, required, JSON content with the docs' example. */
final class RequestBodyMapper {

    private final MediaTypes mediaTypes;

    RequestBodyMapper(MediaTypes mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    /** The request body; null when the operation version takes none. */
    ObjectNode requestBody(OperationVariant variant) {
        RequestBody body = variant.requestBody();
        if (body == null) {
            return null;
        }
        ObjectNode node = Nodes.object();
        Nodes.putText(node, "description", body.description());
        ObjectNode content = mediaTypes.json(body.type(), variant.requestExample());
        node.set("content", content != null ? content : Nodes.object());
        node.put("required", body.required());
        return node;
    }
}
