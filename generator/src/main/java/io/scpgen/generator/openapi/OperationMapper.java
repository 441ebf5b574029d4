package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Source;

/**
 * One operation version as an OpenAPI operation: {@code operationId}, {@code summary} (the title),
 * {@code description}, {@code tags} (the group), parameters, request body, responses, then the lifecycle:
 * {@code deprecated: true} for a DEPRECATED version, {@code x-scp-api-version} (the {@code Scp-Api-Version} value),
 * {@code x-scp-status} and {@code x-scp-supported-until}.
 */
final class OperationMapper {

    private final OperationIds ids;
    private final ParameterMapper parameters;
    private final RequestBodyMapper requestBodies;
    private final ResponseMapper responses;

    OperationMapper(OperationIds ids, ParameterMapper parameters, RequestBodyMapper requestBodies,
                    ResponseMapper responses) {
        this.ids = ids;
        this.parameters = parameters;
        this.requestBodies = requestBodies;
        this.responses = responses;
    }

    ObjectNode operation(VersionSlice slice, VersionSlice.Entry entry) {
        Operation operation = entry.operation();
        OperationVariant variant = entry.variant();
        Source source = entry.source(slice.spec());
        ObjectNode node = Nodes.object();
        node.put("operationId", ids.assign(operation, slice.version(), source));
        Nodes.putText(node, "summary", operation.title());
        Nodes.putText(node, "description", variant.description());
        if (operation.group() != null && !operation.group().isBlank()) {
            node.putArray("tags").add(operation.group());
        }
        ArrayNode parameterNodes = parameters.parameters(operation, slice.version(), variant.parameters(), source);
        if (!parameterNodes.isEmpty()) {
            node.set("parameters", parameterNodes);
        }
        ObjectNode requestBody = requestBodies.requestBody(variant);
        if (requestBody != null) {
            node.set("requestBody", requestBody);
        }
        node.set("responses", responses.responses(operation, variant, source));
        Lifecycle lifecycle = entry.lifecycle(slice.lifecycle());
        if (lifecycle != null && lifecycle.status() == LifecycleStatus.DEPRECATED) {
            node.put("deprecated", true);
        }
        Nodes.putText(node, "x-scp-api-version", slice.apiVersionHeader());
        LifecycleExtensions.put(node, lifecycle);
        return node;
    }
}
