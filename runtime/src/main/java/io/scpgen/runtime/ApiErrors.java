package io.scpgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scpgen.runtime.exception.ScpApiException;
import io.scpgen.runtime.exception.ScpBadRequestException;
import io.scpgen.runtime.exception.ScpConflictException;
import io.scpgen.runtime.exception.ScpForbiddenException;
import io.scpgen.runtime.exception.ScpNotFoundException;
import io.scpgen.runtime.exception.ScpServerException;
import io.scpgen.runtime.exception.ScpUnauthorizedException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Maps an error response to the exception type of its status. */
final class ApiErrors {
    private static final int MAX_SERVER_MESSAGE_LENGTH = 300;

    private ApiErrors() {
    }

    static ScpApiException from(String description, HttpResponse<byte[]> response, ObjectMapper mapper) {
        int status = response.statusCode();
        Map<String, List<String>> headers = response.headers().map();
        // a proxy may echo the request's headers: the signature is hidden before the body is read or kept
        String rawBody = withoutSignature(new String(response.body(), StandardCharsets.UTF_8), response);
        JsonNode errorBody = parseJson(rawBody, mapper);
        String message = description + " failed with HTTP " + status
                + requestIdSuffix(response) + serverMessageSuffix(errorBody);
        switch (status) {
            case 400:
                return new ScpBadRequestException(message, status, headers, rawBody, errorBody);
            case 401:
                return new ScpUnauthorizedException(message, status, headers, rawBody, errorBody);
            case 403:
                return new ScpForbiddenException(message, status, headers, rawBody, errorBody);
            case 404:
                return new ScpNotFoundException(message, status, headers, rawBody, errorBody);
            case 409:
                return new ScpConflictException(message, status, headers, rawBody, errorBody);
            default:
                return status >= 500
                        ? new ScpServerException(message, status, headers, rawBody, errorBody)
                        : new ScpApiException(message, status, headers, rawBody, errorBody);
        }
    }

    private static String withoutSignature(String body, HttpResponse<byte[]> response) {
        return response.request().headers().firstValue(ScpHeaders.SIGNATURE)
                .map(signature -> body.replace(signature, "<hidden>")).orElse(body);
    }

    private static JsonNode parseJson(String body, ObjectMapper mapper) {
        if (body.isEmpty()) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String requestIdSuffix(HttpResponse<byte[]> response) {
        return ScpHeaders.REQUEST_ID_HEADERS.stream()
                .flatMap(name -> response.headers().firstValue(name).stream())
                .findFirst()
                .map(id -> " (request id " + id + ")")
                .orElse("");
    }

    /** The server's own explanation ({@code message} or {@code errors[0].message}), shortened. */
    private static String serverMessageSuffix(JsonNode errorBody) {
        if (errorBody == null) {
            return "";
        }
        JsonNode message = errorBody.path("message");
        if (!message.isTextual()) {
            message = errorBody.path("errors").path(0).path("message");
        }
        if (!message.isTextual()) {
            return "";
        }
        String text = message.asText();
        if (text.length() > MAX_SERVER_MESSAGE_LENGTH) {
            text = text.substring(0, MAX_SERVER_MESSAGE_LENGTH) + "...";
        }
        return ": " + text;
    }
}
