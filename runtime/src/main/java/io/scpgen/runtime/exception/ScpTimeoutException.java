package io.scpgen.runtime.exception;

/**
 * No response arrived within the request timeout. Not retried: the server may still be working
 * on the call, and repeating it would multiply the time the caller waits.
 */
public class ScpTimeoutException extends ScpClientException {
    private static final long serialVersionUID = 1L;

    /** A timeout with its cause. */
    public ScpTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
