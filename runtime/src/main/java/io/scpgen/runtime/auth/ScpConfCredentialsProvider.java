package io.scpgen.runtime.auth;

import io.scpgen.runtime.ScpConfigFiles;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The credentials SCP's own tools use: {@code access-key}, {@code secret-key} and {@code auth-token} of
 * {@code ~/.scpconf/credentials.json}, with {@code account-id} of {@code ~/.scpconf/config.json}. The files are read
 * once, when the provider is made: make a new one (or a new configuration) to pick up changed files.
 */
public final class ScpConfCredentialsProvider implements CredentialsProvider {
    private final Path credentialsFile;
    private final ScpCredentials credentials;

    private ScpConfCredentialsProvider(ScpConfigFiles files) {
        this.credentialsFile = files.credentialsFile();
        this.credentials = files.credentials().orElse(null);
    }

    /**
     * A provider of the files in {@code homeDirectory}'s {@code .scpconf}.
     *
     * @throws io.scpgen.runtime.ScpConfigFileException if a file is malformed
     */
    public static ScpConfCredentialsProvider create(Path homeDirectory) {
        return of(ScpConfigFiles.read(homeDirectory));
    }

    /** A provider of files already read. */
    public static ScpConfCredentialsProvider of(ScpConfigFiles files) {
        return new ScpConfCredentialsProvider(Objects.requireNonNull(files, "files"));
    }

    @Override
    public Optional<ScpCredentials> resolveCredentials() {
        return Optional.ofNullable(credentials);
    }

    @Override
    public String toString() {
        return "ScpConfCredentialsProvider[" + credentialsFile + "]";
    }
}
