package io.scpgen.runtime.auth;

import io.scpgen.runtime.ScpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the SCP request signature: Base64(HMAC-SHA256(secret key, method + url + timestamp +
 * access key + account id + client type)), where the url is the full request URL with its
 * encoded query string and the account id is empty when unset.
 */
public final class ScpSigner {
    private static final String ALGORITHM = "HmacSHA256";

    private ScpSigner() {
    }

    /**
     * The value of {@code Scp-Signature} for a request.
     *
     * @param method the HTTP method, in any case (it is signed in upper case)
     * @param url the full request URL as sent, e.g. {@code https://host/v1/images?limit=20}
     * @param timestamp the value of {@code Scp-Timestamp}, epoch milliseconds as decimal text
     * @param credentials the keys and account id to sign with
     */
    public static String signature(String method, String url, String timestamp, ScpCredentials credentials) {
        String message = method.toUpperCase(Locale.ROOT) + url + timestamp + credentials.accessKey()
                + credentials.accountId().orElse("") + ScpHeaders.CLIENT_TYPE_OPENAPI;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(credentials.secretKey().getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // every Java platform must provide HmacSHA256, so this is a broken runtime
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /**
     * The authentication headers of a request, in a fixed order: {@code Scp-AccessKey},
     * {@code Scp-Timestamp}, {@code Scp-ClientType}, {@code Scp-AccountId} (when set) and
     * {@code Scp-Signature}.
     */
    public static Map<String, String> signingHeaders(String method, String url, long timestampMillis,
                                                     ScpCredentials credentials) {
        String timestamp = Long.toString(timestampMillis);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ScpHeaders.ACCESS_KEY, credentials.accessKey());
        headers.put(ScpHeaders.TIMESTAMP, timestamp);
        headers.put(ScpHeaders.CLIENT_TYPE, ScpHeaders.CLIENT_TYPE_OPENAPI);
        credentials.accountId().ifPresent(accountId -> headers.put(ScpHeaders.ACCOUNT_ID, accountId));
        headers.put(ScpHeaders.SIGNATURE, signature(method, url, timestamp, credentials));
        return headers;
    }
}
