package io.scpgen.runtime.exception;

/**
 * No usable answer arrived: the connection failed, the call was interrupted, or a successful
 * response could not be read.
 */
public class ScpClientException extends ScpException {
    private static final long serialVersionUID = 1L;

    /** A client-side failure with its cause. */
    public ScpClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
