package io.scpgen.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.runtime.ScpJson;
import java.net.URI;

/**
 * The version information an SCP service answers {@code GET /} with, built from the version table of a normalized
 * spec, in the docs' order (oldest first):
 * <pre>{@code
 * {"versions": [{"id": "v1.0", "links": [{"href": "http://127.0.0.1:50123/v1", "rel": "self"}],
 *                "not_before": "2026-05-31", "status": "DEPRECATED"}, ...]}
 * }</pre>
 * {@code id} is the version with a {@code v}; {@code href} the mock's root and the major version's path prefix;
 * {@code status} as the docs give it, PLANNED included; {@code not_before} the date the docs' version table gives
 * (its {@code Not Before} column, or {@code Supported Until} / {@code 최소 지원 보장일} in older headers: the date after
 * which the version stops being callable), {@code null} where it gives {@code -}.
 */
final class VersionList {

    private VersionList() {
    }

    static CannedResponse of(JsonNode spec, URI base) {
        ObjectNode body = ScpJson.mapper().createObjectNode();
        ArrayNode versions = body.putArray("versions");
        for (JsonNode documented : spec.path("versions")) {
            String version = documented.path("version").asText();
            ObjectNode entry = versions.addObject();
            entry.put("id", "v" + version);
            entry.putArray("links").addObject()
                    .put("href", base.resolve("/v" + version.split("\\.")[0]).toString())
                    .put("rel", "self");
            entry.put("not_before", documented.path("supportedUntil").textValue());
            entry.put("status", documented.path("status").textValue());
        }
        return CannedResponse.json(200, body.toString());
    }
}
