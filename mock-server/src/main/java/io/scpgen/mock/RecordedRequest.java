package io.scpgen.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.runtime.ScpJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A request the mock server received, as it arrived on the wire. Immutable. */
public final class RecordedRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body.clone();
    }

    /** The upper-case HTTP method. */
    public String method() {
        return method;
    }

    /** The raw path, still percent-encoded, e.g. {@code /v1/images/a%2Fb}. */
    public String path() {
        return path;
    }

    /** The raw query without {@code ?}, e.g. {@code limit=20&name=web%20server}; empty when none. */
    public String rawQuery() {
        return rawQuery;
    }

    /**
     * The decoded query parameters in order of appearance; a repeated name has several values.
     * {@code +} stays a plus sign (RFC 3986), it is not read as a space.
     */
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** All headers by case-insensitive name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body bytes; empty when none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON, for comparisons that ignore formatting and key order; {@code null}
     * when there is no body.
     *
     * @throws UncheckedIOException if the body is not JSON
     */
    public JsonNode bodyAsJson() {
        if (body.length == 0) {
            return null;
        }
        try {
            return ScpJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the body of " + this + " is not JSON", e);
        }
    }

    /** Method, path and query; headers are left out because they hold signatures. */
    @Override
    public String toString() {
        return method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }

    private static String decode(String text) {
        // URLDecoder follows HTML forms, where '+' means space; in a URI query it is a plain '+'
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
