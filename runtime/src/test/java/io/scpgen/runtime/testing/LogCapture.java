package io.scpgen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Collects what one logger writes (System.Logger goes to java.util.logging here), formatted as a user sees it. */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<String> lines = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    public static LogCapture of(Class<?> loggingClass) {
        return new LogCapture(Logger.getLogger(loggingClass.getName()));
    }

    @Override
    public synchronized void publish(LogRecord record) {
        lines.add(new SimpleFormatter().format(record));
        levels.add(record.getLevel());
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized List<Level> levels() {
        return List.copyOf(levels);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(null);
    }
}
