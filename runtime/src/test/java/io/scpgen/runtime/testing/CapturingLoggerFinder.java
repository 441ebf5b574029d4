package io.scpgen.runtime.testing;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The test JVM's {@link System.LoggerFinder} (registered in {@code META-INF/services}; the JDK loads one per JVM):
 * every {@code io.scpgen} logger writes to {@link CapturedLog}, which is off unless a test opens one. Other loggers
 * (the JDK's own) are off.
 */
public final class CapturingLoggerFinder extends System.LoggerFinder {

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new CapturingLogger(name);
    }

    private record CapturingLogger(String name) implements System.Logger {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return name.startsWith("io.scpgen") && CapturedLog.isLoggable(level);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            if (name.startsWith("io.scpgen")) {
                CapturedLog.called();
            }
            if (isLoggable(level)) {
                CapturedLog.add(name, level, message);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (name.startsWith("io.scpgen")) {
                CapturedLog.called();
            }
            if (isLoggable(level)) {
                CapturedLog.add(name, level, params == null || params.length == 0 ? format
                        : MessageFormat.format(format, params));
            }
        }
    }
}
