package io.scpgen.runtime.auth;

import java.util.Optional;

/**
 * A source of credentials, asked before every request so that rotated credentials take effect
 * without rebuilding clients.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /** Returns the credentials this source knows, or empty if it has none. */
    Optional<ScpCredentials> resolveCredentials();
}
