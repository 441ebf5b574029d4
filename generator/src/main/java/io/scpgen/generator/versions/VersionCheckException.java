package io.scpgen.generator.versions;

/** A user error of a version check (bad endpoint, no credentials, the service unreachable): one line, no trace. */
public final class VersionCheckException extends Exception {

    public VersionCheckException(String message) {
        // a server's own explanation inside a runtime message may span lines: the user error stays one
        super(message.replaceAll("\\s*\\R\\s*", " "), null, false, false);
    }
}
