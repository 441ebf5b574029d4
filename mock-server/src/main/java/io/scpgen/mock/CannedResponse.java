package io.scpgen.mock;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the mock server answers: a status, a body (JSON unless a {@code Content-Type} header
 * says otherwise) and headers. Immutable.
 */
public final class CannedResponse {
    private final int status;
    private final String body;
    private final Map<String, String> headers;

    private CannedResponse(Builder builder) {
        this.status = builder.status;
        this.body = builder.body;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    }

    /** A response with a JSON body. */
    public static CannedResponse json(int status, String body) {
        return builder().status(status).body(body).build();
    }

    /** A response without a body, e.g. {@code 204}. */
    public static CannedResponse empty(int status) {
        return builder().status(status).build();
    }

    /** A builder of a {@code 200} response without body or headers. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this response. */
    public Builder toBuilder() {
        Builder builder = builder().status(status).body(body);
        headers.forEach(builder::header);
        return builder;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The body; empty for none. */
    public String body() {
        return body;
    }

    /** The response headers, in the order given. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "CannedResponse[" + status + ", " + body.length() + " chars, headers=" + headers.keySet() + "]";
    }

    /** Collects the parts of a {@link CannedResponse}. */
    public static final class Builder {
        private int status = 200;
        private String body = "";
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /** The HTTP status, 100 to 599. */
        public Builder status(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + status);
            }
            this.status = status;
            return this;
        }

        /** The body text, served as UTF-8. */
        public Builder body(String body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /** Adds a header, replacing an earlier one of the same name. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Builds the response. */
        public CannedResponse build() {
            return new CannedResponse(this);
        }
    }
}
