package io.scpgen.runtime.exception;

/**
 * An attempt's response did not arrive whole (from sending to the last body byte) within the
 * request timeout, or within what was left of the retry policy's total time. Not retried: the
 * server may still be working on the call, and repeating it would multiply the time the caller
 * waits.
 */
public class ScpTimeoutException extends ScpClientException {
    private static final long serialVersionUID = 1L;

    /** A timeout with its cause. */
    public ScpTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
