package io.scpgen.runtime.exception;

/**
 * The connection could not be opened (refused, connect timeout) or broke before the response was
 * complete. Idempotent calls are retried on this failure.
 */
public class ScpConnectionException extends ScpClientException {
    private static final long serialVersionUID = 1L;

    /** A connection failure with its cause. */
    public ScpConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
