package io.scpgen.runtime;

import io.scpgen.runtime.exception.ScpClientException;
import io.scpgen.runtime.exception.ScpConnectionException;
import io.scpgen.runtime.exception.ScpTimeoutException;
import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Names what went wrong when no response arrived. */
final class TransportFailures {
    private TransportFailures() {
    }

    /**
     * The exception for an attempt that has no response.
     *
     * @param description the call, as in {@code GET https://host/v1/images}
     * @param failure why the attempt has no response
     * @param timeout the attempt's bound, named when it ran out
     */
    static ScpClientException translate(String description, Throwable failure, AttemptTimeout timeout) {
        Throwable cause = unwrap(failure);
        if (cause instanceof HttpConnectTimeoutException) {
            return new ScpConnectionException(description + " could not connect in time", cause);
        }
        if (cause instanceof TimeoutException) {
            return new ScpTimeoutException(description + " got no complete response within " + timeout.describe(),
                    cause);
        }
        if (cause instanceof IOException) {
            return new ScpConnectionException(description + " failed: the connection failed or closed early ("
                    + summary(cause) + ")", cause);
        }
        if (cause instanceof InterruptedException) {
            return new ScpClientException(description + " was interrupted", cause);
        }
        return new ScpClientException(description + " failed", cause);
    }

    private static String summary(Throwable cause) {
        return cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Async stages wrap the real failure; the caller wants to see that one. */
    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
