package io.scpgen.generator.docs.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: a flattened response row is a status code, its reason phrase and a schema run together. The code is three
 * digits; the description is the longest standard HTTP reason phrase that starts the rest; the remainder is the
 * schema (a model name or {@code None}).
 * <pre>
 * 200OKImageListResponse -> 200 | OK          | ImageListResponse
 * 400Bad RequestNone     -> 400 | Bad Request | None
 * </pre>
 * When no standard phrase fits, the schema is the trailing model name or {@code None} and the description what
 * precedes it; a trailing {@code None} is always the schema ({@code 299Custom ReasonNone -> Custom Reason | None}).
 */
public final class ResponseRowSplit {

    private static final Pattern CODE_AND_REST = Pattern.compile("^(\\d{3})(.*)$");
    private static final Pattern TRAILING_SCHEMA = Pattern.compile("^(.*?)(None|[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)?$");

    private static final List<String> REASON_PHRASES = List.of(
            "Continue", "Switching Protocols", "OK", "Created", "Accepted", "Non-Authoritative Information",
            "No Content", "Reset Content", "Partial Content", "Multiple Choices", "Moved Permanently", "Found",
            "See Other", "Not Modified", "Temporary Redirect", "Permanent Redirect", "Bad Request", "Unauthorized",
            "Payment Required", "Forbidden", "Not Found", "Method Not Allowed", "Not Acceptable",
            "Proxy Authentication Required", "Request Timeout", "Conflict", "Gone", "Length Required",
            "Precondition Failed", "Payload Too Large", "Content Too Large", "URI Too Long",
            "Unsupported Media Type", "Range Not Satisfiable", "Expectation Failed", "Unprocessable Entity",
            "Unprocessable Content", "Locked", "Failed Dependency", "Too Early", "Upgrade Required",
            "Precondition Required", "Too Many Requests", "Request Header Fields Too Large",
            "Unavailable For Legal Reasons", "Internal Server Error", "Not Implemented", "Bad Gateway",
            "Service Unavailable", "Gateway Timeout", "HTTP Version Not Supported", "Validation Error");

    public record Cells(String status, String description, String schema) {
    }

    private ResponseRowSplit() {
    }

    public static Optional<Cells> split(String line) {
        Matcher m = CODE_AND_REST.matcher(line.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(2);
        String phrase = REASON_PHRASES.stream().filter(rest::startsWith)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
        if (phrase != null) {
            return Optional.of(new Cells(m.group(1), phrase, rest.substring(phrase.length()).trim()));
        }
        if (rest.endsWith("None")) {
            // "Custom ReasonNone": None is the docs' word for no body, never the end of a model name
            return Optional.of(new Cells(m.group(1), rest.substring(0, rest.length() - 4).trim(), "None"));
        }
        Matcher trailing = TRAILING_SCHEMA.matcher(rest);
        trailing.matches();
        String schema = trailing.group(2) == null ? "" : trailing.group(2);
        return Optional.of(new Cells(m.group(1), trailing.group(1).trim(), schema));
    }
}
