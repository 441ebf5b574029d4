package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.Source;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code responses} of one operation version, by status code in ascending order. Each has a description (the
 * docs' text, else the status's reason phrase, as OpenAPI requires one); a body the docs type or give an example of
 * is JSON content with a {@code $ref} to its model.
 */
final class ResponseMapper {

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("200", "OK"), Map.entry("201", "Created"), Map.entry("202", "Accepted"),
            Map.entry("204", "No Content"), Map.entry("400", "Bad Request"), Map.entry("401", "Unauthorized"),
            Map.entry("403", "Forbidden"), Map.entry("404", "Not Found"), Map.entry("405", "Method Not Allowed"),
            Map.entry("409", "Conflict"), Map.entry("422", "Unprocessable Entity"),
            Map.entry("429", "Too Many Requests"), Map.entry("500", "Internal Server Error"),
            Map.entry("502", "Bad Gateway"), Map.entry("503", "Service Unavailable"));

    private static final Pattern STATUS = Pattern.compile("[1-5](\\d\\d|XX)|default");

    private final MediaTypes mediaTypes;
    private final Diagnostics diagnostics;

    ResponseMapper(MediaTypes mediaTypes, Diagnostics diagnostics) {
        this.mediaTypes = mediaTypes;
        this.diagnostics = diagnostics;
    }

    ObjectNode responses(Operation operation, OperationVariant variant, Source source) {
        SortedMap<String, ObjectNode> byStatus = new TreeMap<>();
        for (Response response : variant.responses()) {
            String status = response.status() == null ? "" : response.status().trim();
            if (!STATUS.matcher(status).matches()) {
                diagnostics.warn(source, operation.key() + " " + variant.version() + ": response status '" + status
                        + "' is not an HTTP status code: expected three digits such as 200; left out");
                continue;
            }
            if (byStatus.containsKey(status)) {
                diagnostics.warn(source, operation.key() + " " + variant.version() + ": response " + status
                        + " is listed twice: expected each status once; the first is kept");
                continue;
            }
            ObjectNode node = Nodes.object();
            node.put("description", description(response));
            ObjectNode content = mediaTypes.json(response.type(), variant.responseExamples().get(response.status()));
            if (content != null) {
                node.set("content", content);
            }
            byStatus.put(status, node);
        }
        ObjectNode responses = Nodes.object();
        if (byStatus.isEmpty()) {
            diagnostics.warn(source, operation.key() + " " + variant.version() + " documents no response: expected a"
                    + " Responses table; exported with a 'default' response");
            responses.set("default", Nodes.object().put("description", "The docs list no response."));
        }
        byStatus.forEach(responses::set);
        return responses;
    }

    private static String description(Response response) {
        if (response.description() != null && !response.description().isBlank()) {
            return response.description();
        }
        return REASONS.getOrDefault(response.status().trim(), "HTTP " + response.status().trim());
    }
}
