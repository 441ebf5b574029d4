package io.scpgen.runtime.exception;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.runtime.ScpHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The service answered with an error status. Subclasses name the common statuses; this class
 * itself stands for the others (for example 429).
 */
public class ScpApiException extends ScpException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int statusCode;
    /** The response headers, by case-insensitive name. */
    private final Map<String, List<String>> headers;
    /** The response body as text. */
    private final String rawBody;
    /** The response body as JSON, or null. */
    private final JsonNode errorBody;

    /**
     * An error response.
     *
     * @param message what failed, without any secret
     * @param statusCode the HTTP status
     * @param headers the response headers
     * @param rawBody the response body as text, empty if none
     * @param errorBody the body parsed as JSON, or {@code null} if it is not JSON
     */
    public ScpApiException(String message, int statusCode, Map<String, List<String>> headers, String rawBody,
                           JsonNode errorBody) {
        super(message, null);
        this.statusCode = statusCode;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.rawBody = rawBody;
        this.errorBody = errorBody;
    }

    /** The HTTP status code. */
    public int statusCode() {
        return statusCode;
    }

    /** The response headers, by case-insensitive name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The server's id of the request, from the first of {@link ScpHeaders#REQUEST_ID_HEADERS} present. */
    public Optional<String> requestId() {
        return ScpHeaders.REQUEST_ID_HEADERS.stream()
                .map(headers::get)
                .filter(values -> values != null && !values.isEmpty())
                .map(values -> values.get(0))
                .findFirst();
    }

    /** The response body as text; empty if there was none. */
    public String rawBody() {
        return rawBody;
    }

    /** The response body as JSON, or {@code null} when it was empty or not JSON. */
    public JsonNode errorBody() {
        return errorBody;
    }
}
