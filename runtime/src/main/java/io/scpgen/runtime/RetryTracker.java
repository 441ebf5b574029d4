package io.scpgen.runtime;

import io.scpgen.runtime.exception.ScpApiException;
import io.scpgen.runtime.exception.ScpConnectionException;
import io.scpgen.runtime.exception.ScpException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Follows one call through its attempts and decides, after each failure, whether and when to retry. */
final class RetryTracker {
    private final RetryPolicy policy;
    private final HttpMethod method;
    private final Clock clock;
    private final RandomGenerator random;
    private final Instant start;
    private int attempts;

    RetryTracker(RetryPolicy policy, HttpMethod method, Clock clock, RandomGenerator random) {
        this.policy = policy;
        this.method = method;
        this.clock = clock;
        this.random = random;
        this.start = clock.instant();
    }

    /** Counts a failed attempt; returns the pause before the next one, or empty if the failure is final. */
    Optional<Duration> pauseAfter(ScpException failure) {
        attempts++;
        if (attempts >= policy.maxAttempts() || !policy.allowsRetryOf(method) || !isRetryable(failure)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration pause = serverRequestedPause(failure, now).orElseGet(this::backoff);
        if (Duration.between(start, now).plus(pause).compareTo(policy.maxTotalTime()) > 0) {
            return Optional.empty();
        }
        return Optional.of(pause);
    }

    private static boolean isRetryable(ScpException failure) {
        if (failure instanceof ScpApiException) {
            return RetryPolicy.RETRYABLE_STATUS_CODES.contains(((ScpApiException) failure).statusCode());
        }
        return failure instanceof ScpConnectionException;
    }

    private static Optional<Duration> serverRequestedPause(ScpException failure, Instant now) {
        if (!(failure instanceof ScpApiException)) {
            return Optional.empty();
        }
        return ((ScpApiException) failure).headers().getOrDefault(RetryAfter.HEADER, List.of()).stream()
                .findFirst()
                .flatMap(value -> RetryAfter.parse(value, now));
    }

    /** Full jitter: uniformly random in [0, ceiling], which spreads out clients that failed together. */
    private Duration backoff() {
        long ceilingNanos = policy.backoffCeiling(attempts).toNanos();
        return Duration.ofNanos((long) (random.nextDouble() * ceilingNanos));
    }
}
