package io.scpgen.runtime;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of {@code ~/.scpconf} cannot be used: it is not valid JSON, a value has the wrong type, or a value is not
 * one the key takes. The message names the file and what was expected, never a secret.
 */
public final class ScpConfigFileException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    ScpConfigFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
