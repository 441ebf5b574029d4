package io.scpgen.generator.versions;

/** A user error of a version check (bad endpoint, no credentials, the service unreachable): one line, no trace. */
public final class VersionCheckException extends Exception {

    public VersionCheckException(String message) {
        super(message, null, false, false);
    }
}
