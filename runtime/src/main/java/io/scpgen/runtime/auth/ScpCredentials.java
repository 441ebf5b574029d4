package io.scpgen.runtime.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * An SCP access key, its secret key and optionally the account id calls act on and an auth token.
 * Neither the secret key nor the auth token ever appears in {@link #toString()}.
 */
public final class ScpCredentials {
    private final String accessKey;
    private final String secretKey;
    private final String accountId;
    private final String authToken;

    private ScpCredentials(String accessKey, String secretKey, String accountId, String authToken) {
        this.accessKey = requireHeaderSafe("accessKey", accessKey);
        this.secretKey = requireHeaderSafe("secretKey", secretKey);
        this.accountId = accountId == null || accountId.isBlank() ? null : requireHeaderSafe("accountId", accountId);
        this.authToken = authToken == null || authToken.isBlank() ? null : requireHeaderSafe("authToken", authToken);
    }

    /** Credentials without an account id. */
    public static ScpCredentials of(String accessKey, String secretKey) {
        return new ScpCredentials(accessKey, secretKey, null, null);
    }

    /** Credentials with an account id; a {@code null} or blank account id means none. */
    public static ScpCredentials of(String accessKey, String secretKey, String accountId) {
        return new ScpCredentials(accessKey, secretKey, accountId, null);
    }

    /**
     * These credentials with an auth token, as SCP's tools keep one in {@code ~/.scpconf/credentials.json}; a
     * {@code null} or blank token means none. The runtime keeps it as a secret but does not send it yet.
     */
    public ScpCredentials withAuthToken(String authToken) {
        return new ScpCredentials(accessKey, secretKey, accountId, authToken);
    }

    /** The access key, sent as {@code Scp-AccessKey}. */
    public String accessKey() {
        return accessKey;
    }

    /** The secret key; it signs requests and is never sent. */
    public String secretKey() {
        return secretKey;
    }

    /** The account id, sent as {@code Scp-AccountId} when present. */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** The auth token, if any: a secret, never sent by this runtime yet. */
    public Optional<String> authToken() {
        return Optional.ofNullable(authToken);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScpCredentials)) {
            return false;
        }
        ScpCredentials other = (ScpCredentials) o;
        return accessKey.equals(other.accessKey) && secretKey.equals(other.secretKey)
                && Objects.equals(accountId, other.accountId) && Objects.equals(authToken, other.authToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKey, secretKey, accountId, authToken);
    }

    @Override
    public String toString() {
        return "ScpCredentials[accessKey=" + accessKey + ", accountId=" + (accountId == null ? "none" : accountId)
                + ", secretKey=<hidden>" + (authToken == null ? "" : ", authToken=<hidden>") + "]";
    }

    private static String requireHeaderSafe(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            // the message names the field only: the value may be the secret
            throw new IllegalArgumentException(name + " must not contain control characters");
        }
        return value;
    }
}
