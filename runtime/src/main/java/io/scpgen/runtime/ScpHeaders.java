package io.scpgen.runtime;

import java.util.List;

/** Names and fixed values of the HTTP headers the SCP API protocol defines. */
public final class ScpHeaders {
    /** The access key of the caller. */
    public static final String ACCESS_KEY = "Scp-AccessKey";
    /** The signing time in epoch milliseconds. */
    public static final String TIMESTAMP = "Scp-Timestamp";
    /** The kind of client; always {@link #CLIENT_TYPE_OPENAPI} for SDK calls. */
    public static final String CLIENT_TYPE = "Scp-ClientType";
    /** The account the call acts on, sent only when the credentials name one. */
    public static final String ACCOUNT_ID = "Scp-AccountId";
    /** The Base64 HMAC-SHA256 request signature. */
    public static final String SIGNATURE = "Scp-Signature";
    /** The service and API version of the call, e.g. {@code virtualserver 1.3}. */
    public static final String API_VERSION = "Scp-Api-Version";
    /** The language of human-readable text in responses. */
    public static final String ACCEPT_LANGUAGE = "Accept-Language";

    /** The client type every SDK request declares and signs. */
    public static final String CLIENT_TYPE_OPENAPI = "Openapi";

    /** Response headers that may carry the server's id of a request, in order of preference. */
    public static final List<String> REQUEST_ID_HEADERS = List.of("Scp-Request-Id", "X-Request-Id");

    /** Headers the SDK computes itself; a request may not set them. */
    static final List<String> MANAGED = List.of(ACCESS_KEY, TIMESTAMP, CLIENT_TYPE, ACCOUNT_ID, SIGNATURE, API_VERSION);

    private ScpHeaders() {
    }
}
