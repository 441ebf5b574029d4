package io.scpgen.runtime.exception;

/**
 * The root of every failure an SCP SDK call reports: {@link ScpApiException} when the service
 * answered with an error status, {@link ScpClientException} when no usable answer arrived.
 * Messages never contain secret keys or signatures.
 */
public abstract class ScpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message and an optional cause. */
    protected ScpException(String message, Throwable cause) {
        super(message, cause);
    }
}
