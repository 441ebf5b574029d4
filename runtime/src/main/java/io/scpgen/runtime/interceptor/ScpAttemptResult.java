package io.scpgen.runtime.interceptor;

import io.scpgen.runtime.exception.ScpClientException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one attempt ended, as {@link ScpInterceptor#afterAttempt} sees it: a response with its status and headers, or a
 * transport failure (no response arrived).
 *
 * @param attempt the attempt's number, 1 for the first
 * @param status the response's status; empty when no response arrived
 * @param responseHeaders the response's headers by case-insensitive name; empty when no response arrived
 * @param transportFailure why no response arrived (connection failed, timed out); empty when one did
 * @param duration from sending the request to having the whole response, or the failure
 */
public record ScpAttemptResult(int attempt, OptionalInt status, Map<String, List<String>> responseHeaders,
                               Optional<ScpClientException> transportFailure, Duration duration) {

    /** Checks that the parts are present. */
    public ScpAttemptResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(responseHeaders, "responseHeaders");
        Objects.requireNonNull(transportFailure, "transportFailure");
        Objects.requireNonNull(duration, "duration");
    }
}
