package io.scpgen.runtime;

import io.scpgen.runtime.interceptor.ScpAttemptRequest;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One attempt's unsigned request: the call's headers, copied only when an interceptor sets one. */
final class AttemptRequest implements ScpAttemptRequest {
    private final int attempt;
    private final String url;
    private Map<String, String> headers;
    private boolean copied;

    AttemptRequest(int attempt, String url, Map<String, String> callHeaders) {
        this.attempt = attempt;
        this.url = url;
        this.headers = callHeaders;
    }

    @Override
    public int attempt() {
        return attempt;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    @Override
    public ScpAttemptRequest header(String name, String value) {
        Objects.requireNonNull(name, "name");
        HeaderValues.requireSettable(name, Objects.requireNonNull(value, "value"));
        if (!copied) {
            Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            copy.putAll(headers);
            headers = copy;
            copied = true;
        }
        headers.put(name, value);
        return this;
    }

    /** The headers to send, before the signing headers. */
    Map<String, String> unsignedHeaders() {
        return headers;
    }

    @Override
    public String toString() {
        return "ScpAttemptRequest[attempt " + attempt + ", " + url + ", headers " + headers.keySet() + "]";
    }
}
