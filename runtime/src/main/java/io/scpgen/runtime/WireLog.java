package io.scpgen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.runtime.exception.ScpException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The log of what goes over the wire, through {@link System.Logger} {@value #LOGGER_NAME} (so SLF4J, Log4j 2 or JUL
 * pick it up through their bridges). DEBUG: one line per attempt with the operation, method, path and query,
 * {@code Scp-Api-Version}, status or transport failure, duration, attempt number, the server's request id and the
 * pause before a retry. TRACE: also the request's and response's headers and bodies, with the signing headers and
 * every header or JSON field of a {@link SensitiveNames sensitive name} masked as {@value #MASK}, bodies that are not
 * JSON left out, and bodies cut at {@value #BODY_LIMIT} characters. Nothing is formatted when the level is off.
 */
final class WireLog {
    /** The logger's name. */
    static final String LOGGER_NAME = "io.scpgen.runtime.wire";
    /** Where a logged body is cut, in characters. */
    static final int BODY_LIMIT = 4096;
    static final String MASK = "***";

    private static final System.Logger LOG = System.getLogger(LOGGER_NAME);
    /** Masked whatever their names say: they authenticate the caller. */
    private static final Set<String> SECRET_HEADERS = HeaderValues.caseInsensitive(ScpHeaders.SIGNATURE, ScpHeaders.ACCESS_KEY,
            "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie");

    private WireLog() {
    }

    /**
     * Logs one attempt.
     *
     * @param response the response, or {@code null} when none arrived
     * @param failure the attempt's failure (an error status or no response), or {@code null}
     * @param retryPause the pause before the next attempt, or {@code null} when there is none
     */
    static void attempt(CallContext context, int attempt, HttpRequest request, byte[] requestBody,
                        HttpResponse<byte[]> response, ScpException failure, Duration took, Duration retryPause) {
        if (!LOG.isLoggable(Level.DEBUG)) {
            return;
        }
        LOG.log(Level.DEBUG, summary(context, attempt, request, response, failure, took, retryPause));
        if (LOG.isLoggable(Level.TRACE)) {
            List<String> secrets = secretValues(request.headers());
            LOG.log(Level.TRACE, context.operationName() + " attempt " + attempt + " request "
                    + request.method() + " " + request.uri() + " headers " + headers(request.headers())
                    + " body " + body(requestBody, secrets));
            if (response != null) {
                LOG.log(Level.TRACE, context.operationName() + " attempt " + attempt + " response "
                        + response.statusCode() + " headers " + headers(response.headers())
                        + " body " + body(response.body(), secrets));
            }
        }
    }

    /** {@code listImages GET /v1/images?limit=20 [virtualserver 1.3] -> 503 in 12 ms, attempt 1; retry in 50 ms}. */
    private static String summary(CallContext context, int attempt, HttpRequest request,
                                  HttpResponse<byte[]> response, ScpException failure, Duration took,
                                  Duration retryPause) {
        StringBuilder line = new StringBuilder(context.operationName()).append(' ').append(context.method())
                .append(' ').append(context.pathAndQuery()).append(" [")
                .append(request.headers().firstValue(ScpHeaders.API_VERSION).orElse("")).append("] -> ");
        if (response != null) {
            line.append(response.statusCode());
        } else {
            line.append("no response (").append(failure == null ? "" : failure.getMessage()).append(')');
        }
        line.append(" in ").append(took.toMillis()).append(" ms, attempt ").append(attempt);
        if (response != null) {
            ScpHeaders.REQUEST_ID_HEADERS.stream().flatMap(name -> response.headers().firstValue(name).stream())
                    .findFirst().ifPresent(id -> line.append(", request id ").append(id));
        }
        if (retryPause != null) {
            line.append("; retry in ").append(retryPause.toMillis()).append(" ms");
        }
        return line.toString();
    }

    private static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.map().forEach((name, values) -> shown.put(name, SECRET_HEADERS.contains(name)
                || SensitiveNames.isSensitive(name) ? MASK : String.join(", ", values)));
        return shown;
    }

    /** The values of the request's secret headers, hidden wherever a body repeats them (a proxy echoing a request). */
    private static List<String> secretValues(HttpHeaders requestHeaders) {
        List<String> secrets = new ArrayList<>();
        requestHeaders.map().forEach((name, values) -> {
            if (SECRET_HEADERS.contains(name) || SensitiveNames.isSensitive(name)) {
                values.stream().filter(value -> !value.isEmpty()).forEach(secrets::add);
            }
        });
        return secrets;
    }

    /** The body as masked JSON, cut at {@link #BODY_LIMIT}; a body that is not JSON cannot be masked, so it is not shown. */
    static String body(byte[] body, List<String> secrets) {
        if (body == null || body.length == 0) {
            return "(none)";
        }
        JsonNode tree;
        try {
            tree = ScpJson.mapper().readTree(body);
        } catch (IOException notJson) {
            tree = null;
        }
        if (tree == null) {
            return "(" + body.length + " bytes, not JSON: not shown)";
        }
        String text = mask(tree).toString();
        for (String secret : secrets) {
            text = text.replace(secret, MASK);
        }
        return text.length() <= BODY_LIMIT ? text
                : text.substring(0, BODY_LIMIT) + "... (cut at " + BODY_LIMIT + " of " + text.length() + " characters)";
    }

    /** Replaces the value of every field with a sensitive name, at any depth. */
    private static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (SensitiveNames.isSensitive(name)) {
                    object.put(name, MASK);
                } else {
                    mask(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(WireLog::mask);
        }
        return node;
    }
}
