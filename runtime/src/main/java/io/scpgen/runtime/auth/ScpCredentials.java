package io.scpgen.runtime.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * An SCP access key, its secret key and optionally the account id calls act on. The secret
 * never appears in {@link #toString()}.
 */
public final class ScpCredentials {
    private final String accessKey;
    private final String secretKey;
    private final String accountId;

    private ScpCredentials(String accessKey, String secretKey, String accountId) {
        this.accessKey = requireHeaderSafe("accessKey", accessKey);
        this.secretKey = requireHeaderSafe("secretKey", secretKey);
        this.accountId = accountId == null || accountId.isBlank() ? null : requireHeaderSafe("accountId", accountId);
    }

    /** Credentials without an account id. */
    public static ScpCredentials of(String accessKey, String secretKey) {
        return new ScpCredentials(accessKey, secretKey, null);
    }

    /** Credentials with an account id; a {@code null} or blank account id means none. */
    public static ScpCredentials of(String accessKey, String secretKey, String accountId) {
        return new ScpCredentials(accessKey, secretKey, accountId);
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

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScpCredentials)) {
            return false;
        }
        ScpCredentials other = (ScpCredentials) o;
        return accessKey.equals(other.accessKey) && secretKey.equals(other.secretKey)
                && Objects.equals(accountId, other.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKey, secretKey, accountId);
    }

    @Override
    public String toString() {
        return "ScpCredentials[accessKey=" + accessKey + ", accountId=" + (accountId == null ? "none" : accountId)
                + ", secretKey=<hidden>]";
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
