package io.scpgen.runtime.version;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.runtime.ScpJson;
import io.scpgen.runtime.exception.ScpClientException;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a service's version list, the body of {@code GET /}:
 * {@code {"versions":[{"id":"v1.3","links":[{"href":".../v1","rel":"self"}],"not_before":"2026-05-31","status":"CURRENT"}]}}.
 * Lenient inside an entry (an unknown status, a missing or unreadable date or link are kept as unknown/empty: the
 * list is advice, not a contract); strict about the shape, which names what was expected.
 */
public final class ScpApiVersionList {
    static final String EXPECTED = "{\"versions\": [{\"id\": \"v1.0\", \"status\": \"CURRENT\", ...}]}";

    private ScpApiVersionList() {
    }

    /**
     * Parses a version list body.
     *
     * @param body the response body
     * @param source names where the body came from in an error, e.g. {@code GET https://host/}
     * @return the versions in the list's order
     * @throws ScpClientException if the body is not JSON of the expected shape
     */
    public static List<ScpApiVersion> parse(byte[] body, String source) {
        JsonNode root;
        try {
            root = ScpJson.mapper().readTree(body);
        } catch (IOException e) {
            throw malformed(source, "is not JSON", e);
        }
        return parse(root, source);
    }

    /**
     * Parses a version list already read as JSON.
     *
     * @param root the body's JSON
     * @param source names where the body came from in an error
     * @return the versions in the list's order
     * @throws ScpClientException if the JSON is not of the expected shape
     */
    public static List<ScpApiVersion> parse(JsonNode root, String source) {
        JsonNode versions = root == null ? null : root.get("versions");
        if (versions == null || !versions.isArray()) {
            throw malformed(source, "has no \"versions\" array", null);
        }
        List<ScpApiVersion> result = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            JsonNode entry = versions.get(i);
            JsonNode id = entry.get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw malformed(source, "has an entry without a text \"id\" at versions[" + i + "]", null);
            }
            result.add(ScpApiVersion.fromId(id.asText(), ScpApiVersionStatus.parse(text(entry, "status")),
                    date(text(entry, "not_before")), selfLink(entry.get("links"))));
        }
        return List.copyOf(result);
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            // SCP sends a date; a date-time keeps its date part
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static URI selfLink(JsonNode links) {
        if (links == null || !links.isArray()) {
            return null;
        }
        for (JsonNode link : links) {
            String href = text(link, "href");
            if (href != null && "self".equals(text(link, "rel"))) {
                try {
                    return URI.create(href);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static ScpClientException malformed(String source, String problem, Throwable cause) {
        return new ScpClientException("the version list of " + source + " " + problem + "; expected " + EXPECTED,
                cause);
    }
}
