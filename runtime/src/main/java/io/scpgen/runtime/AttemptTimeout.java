package io.scpgen.runtime;

import java.time.Duration;

/**
 * How long one attempt may take, from sending to the last byte of the body: the request timeout, or less when the
 * rest of the retry policy's total time is shorter, so the call as a whole ends within its total time.
 *
 * @param duration the attempt's limit, positive
 * @param totalTime the retry policy's total time when that is what limits the attempt, else {@code null}
 */
record AttemptTimeout(Duration duration, Duration totalTime) {

    /** The shorter of the request timeout and the time left; {@code timeLeft} must be positive. */
    static AttemptTimeout of(Duration requestTimeout, Duration timeLeft, Duration totalTime) {
        return timeLeft.compareTo(requestTimeout) < 0
                ? new AttemptTimeout(timeLeft, totalTime)
                : new AttemptTimeout(requestTimeout, null);
    }

    /** {@code PT3S (the request timeout)} or {@code PT1.2S (the rest of the retry policy's total time PT5S)}. */
    String describe() {
        return totalTime == null
                ? duration + " (the request timeout)"
                : duration + " (the rest of the retry policy's total time " + totalTime + ")";
    }
}
