package io.scpgen.samples;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Turns the runtime's wire log ({@code io.scpgen.runtime.wire}) on at DEBUG, which java.util.logging calls FINE,
 * and prints its lines to a stream until closed. Without SLF4J or Log4j 2 on the class path, System.Logger writes to
 * java.util.logging: this is all a plain JDK application needs (or a {@code logging.properties} with
 * {@code io.scpgen.runtime.wire.level = FINE}).
 */
final class WireLogToStream extends Handler implements AutoCloseable {
    private static final String WIRE_LOGGER = "io.scpgen.runtime.wire";

    // java.util.logging keeps loggers weakly: this reference keeps the level set here alive
    private final Logger logger = Logger.getLogger(WIRE_LOGGER);
    private final PrintStream out;
    private final Level previousLevel;
    private final boolean previouslyUsedParentHandlers;

    private WireLogToStream(PrintStream out) {
        this.out = out;
        this.previousLevel = logger.getLevel();
        this.previouslyUsedParentHandlers = logger.getUseParentHandlers();
        setLevel(Level.FINE);
        logger.setLevel(Level.FINE);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    static WireLogToStream at(PrintStream out) {
        return new WireLogToStream(out);
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            out.println("[wire] " + record.getMessage());
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
        logger.setUseParentHandlers(previouslyUsedParentHandlers);
    }
}
