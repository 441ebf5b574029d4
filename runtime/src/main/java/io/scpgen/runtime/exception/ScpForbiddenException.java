package io.scpgen.runtime.exception;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The service answered 403 Forbidden: the credentials may not perform the call. */
public class ScpForbiddenException extends ScpApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ScpApiException#ScpApiException(String, int, Map, String, JsonNode)}. */
    public ScpForbiddenException(String message, int statusCode, Map<String, List<String>> headers, String rawBody,
            JsonNode errorBody) {
        super(message, statusCode, headers, rawBody, errorBody);
    }
}
