package io.scpgen.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Waits between retries; replaceable so tests can record pauses instead of taking them. */
@FunctionalInterface
public interface Sleeper {
    /** Blocks the calling thread for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns a future that completes after {@code duration}. This default calls
     * {@link #sleep(Duration)} on the calling thread, which suits sleepers that only record the
     * pause; {@link #system()} waits without holding a thread.
     */
    default CompletableFuture<Void> sleepAsync(Duration duration) {
        try {
            sleep(duration);
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The real clock: {@link Thread#sleep} and a delayed executor. */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
