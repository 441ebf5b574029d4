package io.scpgen.runtime.testing;

import io.scpgen.runtime.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each pause and moves the clock forward by it instead of waiting. */
public final class RecordingSleeper implements Sleeper {
    private final MutableClock clock;
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        pauses.add(duration);
        clock.advance(duration);
    }

    public List<Duration> pauses() {
        return List.copyOf(pauses);
    }
}
