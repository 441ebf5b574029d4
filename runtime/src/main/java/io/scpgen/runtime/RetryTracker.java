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

/**
 * Follows one call through its attempts: decides, after each failure, whether and when to retry, and how long each
 * attempt may take so that the call ends within the policy's total time.
 */
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
        // a retry needs some of the total time left after its pause
        if (Duration.between(start, now).plus(pause).compareTo(policy.maxTotalTime()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(pause);
    }

    /**
     * How long the next attempt may take: the request timeout, or what is left of the total time when that is less;
     * empty when nothing is left (a pause overran).
     */
    Optional<AttemptTimeout> nextAttemptTimeout(Duration requestTimeout) {
        Duration timeLeft = policy.maxTotalTime().minus(Duration.between(start, clock.instant()));
        if (timeLeft.isNegative() || timeLeft.isZero()) {
            return Optional.empty();
        }
        return Optional.of(AttemptTimeout.of(requestTimeout, timeLeft, policy.maxTotalTime()));
    }

    /** The policy's bound on the whole call. */
    Duration totalTime() {
        return policy.maxTotalTime();
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
