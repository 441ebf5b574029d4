package io.scpgen.runtime.auth;

import java.util.List;
import java.util.Optional;

/** Asks providers in order and uses the first credentials found. */
public final class CredentialsProviderChain implements CredentialsProvider {
    private final List<CredentialsProvider> providers;

    private CredentialsProviderChain(List<CredentialsProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** A chain of the given providers, asked in the given order. */
    public static CredentialsProviderChain of(CredentialsProvider... providers) {
        return new CredentialsProviderChain(List.of(providers));
    }

    @Override
    public Optional<ScpCredentials> resolveCredentials() {
        for (CredentialsProvider provider : providers) {
            Optional<ScpCredentials> credentials = provider.resolveCredentials();
            if (credentials.isPresent()) {
                return credentials;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }
}
