package io.scpgen.runtime;

import com.fasterxml.jackson.databind.JavaType;
import java.net.URI;
import java.util.Map;

/**
 * A request resolved against an endpoint: everything that stays the same across retries. Only
 * the signing headers are computed anew for each attempt, since they carry the timestamp.
 *
 * @param operationName the operation, e.g. {@code listImages}
 * @param apiVersion the API version, e.g. {@code 1.3}
 * @param encodedPath the encoded path, e.g. {@code /v1/images}
 * @param encodedQuery the encoded query with its {@code ?}, or the empty string
 * @param url the full URL as signed and sent
 * @param headers the unsigned headers, overrides included
 * @param body the JSON body, or {@code null}
 */
record PreparedCall<T>(String operationName, String apiVersion, HttpMethod method, String encodedPath,
                       String encodedQuery, String url, URI uri, Map<String, String> headers, byte[] body,
                       JavaType responseType) {

    /** The encoded path and query, e.g. {@code /v1/images?limit=20}; made when asked, most calls never are. */
    String pathAndQuery() {
        return encodedPath + encodedQuery;
    }

    /** Names the call in messages, e.g. {@code GET https://host/v1/images}; never holds secrets. */
    String description() {
        return method + " " + url;
    }
}
