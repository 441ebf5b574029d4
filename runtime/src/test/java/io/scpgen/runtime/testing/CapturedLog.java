package io.scpgen.runtime.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the runtime logged while a test had this open: {@code try (CapturedLog log = CapturedLog.at(Level.DEBUG))}.
 * Tests run one at a time, so one capture is open at once; closed, the loggers are off again.
 */
public final class CapturedLog implements AutoCloseable {
    private static volatile System.Logger.Level threshold = System.Logger.Level.OFF;
    private static final List<Line> LINES = new CopyOnWriteArrayList<>();
    private static final AtomicInteger CALLS = new AtomicInteger();

    /** One log record: the logger's name, its level and the formatted message. */
    public record Line(String logger, System.Logger.Level level, String message) {
    }

    private CapturedLog() {
    }

    /** Captures every record at {@code level} or more severe, from now until closed. */
    public static CapturedLog at(System.Logger.Level level) {
        LINES.clear();
        CALLS.set(0);
        threshold = level;
        return new CapturedLog();
    }

    /** {@return the captured records} */
    public List<Line> lines() {
        return List.copyOf(LINES);
    }

    /** {@return the messages of the captured records of exactly {@code level}} */
    public List<String> messages(System.Logger.Level level) {
        return LINES.stream().filter(line -> line.level() == level).map(Line::message).toList();
    }

    /** {@return how often a log method was called, whether or not its level was on} */
    public int logCalls() {
        return CALLS.get();
    }

    @Override
    public void close() {
        threshold = System.Logger.Level.OFF;
    }

    static boolean isLoggable(System.Logger.Level level) {
        return level != System.Logger.Level.OFF && level.getSeverity() >= threshold.getSeverity();
    }

    static void called() {
        CALLS.incrementAndGet();
    }

    static void add(String logger, System.Logger.Level level, String message) {
        LINES.add(new Line(logger, level, message));
    }
}
