package io.scpgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how often a failed call is repeated. A call is retried when its status is one of
 * {@link #RETRYABLE_STATUS_CODES} or its connection failed, its method is idempotent (GET, PUT,
 * DELETE; POST and PATCH only with {@link Builder#retryNonIdempotent(boolean)}), fewer than
 * {@link #maxAttempts()} attempts were made and the pause ends within {@link #maxTotalTime()}, the bound of the
 * whole call: an attempt that would run past it is cut short like one that runs past the request timeout.
 * The pause is the server's {@code Retry-After} when given, otherwise exponential backoff with
 * full jitter: uniformly random between zero and {@code min(maxDelay, baseDelay * 2^(retry - 1))}.
 */
public final class RetryPolicy {
    /** Statuses that mean "try again later": 429, 502, 503 and 504. */
    public static final Set<Integer> RETRYABLE_STATUS_CODES = Set.of(429, 502, 503, 504);

    private static final RetryPolicy DEFAULTS = builder().build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxTotalTime;
    private final boolean retryNonIdempotent;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.maxTotalTime = builder.maxTotalTime;
        this.retryNonIdempotent = builder.retryNonIdempotent;
    }

    /** Three attempts, 100 ms base delay, 20 s maximum pause, two minutes in total. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** A policy that never retries. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        return new Builder()
                .maxAttempts(maxAttempts)
                .baseDelay(baseDelay)
                .maxDelay(maxDelay)
                .maxTotalTime(maxTotalTime)
                .retryNonIdempotent(retryNonIdempotent);
    }

    /** The most attempts of one call, the first included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The backoff ceiling of the first retry; it doubles for each further retry. */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** The largest backoff ceiling. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * The bound of the whole call, from its first attempt to the end of its last, pauses included: no retry starts if
     * its pause would end at or after it, and each attempt gets at most what is left of it.
     */
    public Duration maxTotalTime() {
        return maxTotalTime;
    }

    /** Whether POST and PATCH calls are retried too. */
    public boolean retriesNonIdempotent() {
        return retryNonIdempotent;
    }

    /** Whether calls with this method may be retried at all. */
    public boolean allowsRetryOf(HttpMethod method) {
        return maxAttempts > 1 && (method.isIdempotent() || retryNonIdempotent);
    }

    /** The ceiling of the random backoff before retry number {@code retry} (1 for the first retry). */
    Duration backoffCeiling(int retry) {
        // past 2^30 the doubling cannot matter any more: it would overflow long before
        long factor = 1L << Math.min(retry - 1, 30);
        Duration ceiling = baseDelay.multipliedBy(factor);
        return ceiling.compareTo(maxDelay) > 0 ? maxDelay : ceiling;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxTotalTime=" + maxTotalTime + ", retryNonIdempotent=" + retryNonIdempotent + "]";
    }

    /** Collects the settings of a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(20);
        private Duration maxTotalTime = Duration.ofMinutes(2);
        private boolean retryNonIdempotent;

        private Builder() {
        }

        /** The most attempts of one call, at least 1 (no retries). Default 3. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The backoff ceiling of the first retry. Default 100 ms. */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = requireNotNegative("baseDelay", baseDelay);
            return this;
        }

        /** The largest backoff ceiling. Default 20 s. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = requireNotNegative("maxDelay", maxDelay);
            return this;
        }

        /**
         * The bound of the whole call: its attempts and the pauses between them. Default 2 minutes.
         *
         * @throws IllegalArgumentException if it is zero or negative: the first attempt needs some time
         */
        public Builder maxTotalTime(Duration maxTotalTime) {
            Objects.requireNonNull(maxTotalTime, "maxTotalTime");
            if (maxTotalTime.isZero() || maxTotalTime.isNegative()) {
                throw new IllegalArgumentException("maxTotalTime must be positive: " + maxTotalTime);
            }
            this.maxTotalTime = maxTotalTime;
            return this;
        }

        /**
         * Whether POST and PATCH calls are retried too. Default {@code false}: a retried create may
         * create twice. Turn it on only for services known to deduplicate such calls.
         */
        public Builder retryNonIdempotent(boolean retryNonIdempotent) {
            this.retryNonIdempotent = retryNonIdempotent;
            return this;
        }

        /** Builds the policy. */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration requireNotNegative(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + value);
            }
            return value;
        }
    }
}
