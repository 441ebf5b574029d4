package io.scpgen.runtime;

import com.fasterxml.jackson.databind.JavaType;
import java.net.URI;
import java.util.Map;

/**
 * A request resolved against an endpoint: everything that stays the same across retries. Only
 * the signing headers are computed anew for each attempt, since they carry the timestamp.
 *
 * @param url the full URL as signed and sent
 * @param headers the unsigned headers
 * @param body the JSON body, or {@code null}
 */
record PreparedCall<T>(HttpMethod method, String url, URI uri, Map<String, String> headers, byte[] body,
                       JavaType responseType) {

    /** Names the call in messages, e.g. {@code GET https://host/v1/images}; never holds secrets. */
    String description() {
        return method + " " + url;
    }
}
