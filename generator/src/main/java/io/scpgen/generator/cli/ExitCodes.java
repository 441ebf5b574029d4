package io.scpgen.generator.cli;

/** The command line's exit codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    /** {@code diff --fail-on-breaking} found a breaking change: the same code as a failure, as CI tools expect. */
    static final int BREAKING_CHANGES = 1;
    /** {@code versions} found the docs behind the live service: regenerate. */
    static final int STALE_DOCS = 1;
    static final int USER_ERROR = 2;

    private ExitCodes() {
    }
}
