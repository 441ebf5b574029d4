package io.scpgen.runtime.auth;

import java.util.Objects;
import java.util.Optional;

/** Always provides the same credentials. */
public final class StaticCredentialsProvider implements CredentialsProvider {
    private final ScpCredentials credentials;

    private StaticCredentialsProvider(ScpCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** A provider of the given credentials. */
    public static StaticCredentialsProvider of(ScpCredentials credentials) {
        return new StaticCredentialsProvider(credentials);
    }

    @Override
    public Optional<ScpCredentials> resolveCredentials() {
        return Optional.of(credentials);
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider[" + credentials + "]";
    }
}
