package io.scpgen.generator.cli;

/** The command line's exit codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USER_ERROR = 2;

    private ExitCodes() {
    }
}
