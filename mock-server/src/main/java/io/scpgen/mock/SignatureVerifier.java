package io.scpgen.mock;

import io.scpgen.runtime.ScpHeaders;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.auth.ScpSigner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Checks a request's SCP authentication headers against the credentials the server expects. */
final class SignatureVerifier {
    private final ScpCredentials expected;

    SignatureVerifier(ScpCredentials expected) {
        this.expected = expected;
    }

    /**
     * Returns why the request is not authentic, or empty if it is.
     *
     * @param url the full URL the client signed: scheme, host and port as sent, raw path and query
     */
    Optional<String> problemWith(RecordedRequest request, String url) {
        for (String name : new String[] {ScpHeaders.ACCESS_KEY, ScpHeaders.TIMESTAMP, ScpHeaders.CLIENT_TYPE,
                ScpHeaders.SIGNATURE}) {
            if (request.header(name).isEmpty()) {
                return Optional.of("missing header " + name);
            }
        }
        if (!request.header(ScpHeaders.ACCESS_KEY).orElseThrow().equals(expected.accessKey())) {
            return Optional.of("unknown access key");
        }
        if (!request.header(ScpHeaders.CLIENT_TYPE).orElseThrow().equals(ScpHeaders.CLIENT_TYPE_OPENAPI)) {
            return Optional.of(ScpHeaders.CLIENT_TYPE + " must be " + ScpHeaders.CLIENT_TYPE_OPENAPI);
        }
        Optional<String> accountId = request.header(ScpHeaders.ACCOUNT_ID);
        if (expected.accountId().isPresent() && !expected.accountId().equals(accountId)) {
            return Optional.of("unexpected " + ScpHeaders.ACCOUNT_ID);
        }
        ScpCredentials signer = ScpCredentials.of(expected.accessKey(), expected.secretKey(), accountId.orElse(null));
        String expectedSignature = ScpSigner.signature(request.method(), url,
                request.header(ScpHeaders.TIMESTAMP).orElseThrow(), signer);
        byte[] actual = request.header(ScpHeaders.SIGNATURE).orElseThrow().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expectedSignature.getBytes(StandardCharsets.UTF_8), actual)) {
            return Optional.of(ScpHeaders.SIGNATURE + " does not match the request");
        }
        return Optional.empty();
    }
}
