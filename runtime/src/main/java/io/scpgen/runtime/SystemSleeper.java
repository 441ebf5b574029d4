package io.scpgen.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Sleeps for real; the asynchronous form schedules instead of blocking a thread. */
final class SystemSleeper implements Sleeper {
    static final SystemSleeper INSTANCE = new SystemSleeper();

    private SystemSleeper() {
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @Override
    public CompletableFuture<Void> sleepAsync(Duration duration) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
    }

    @Override
    public String toString() {
        return "Sleeper.system()";
    }
}
