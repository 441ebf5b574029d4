package io.scpgen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code User-Agent} of SDK calls: {@code scpgen/<version> java/<version>}. */
final class UserAgent {
    static final String VALUE = "scpgen/" + runtimeVersion() + " java/" + System.getProperty("java.version");

    private UserAgent() {
    }

    private static String runtimeVersion() {
        // written by the build (resource filtering), so it always matches the artifact version
        try (InputStream in = UserAgent.class.getResourceAsStream("scpgen-runtime.properties")) {
            if (in == null) {
                throw new IllegalStateException("scpgen-runtime.properties is missing from the runtime jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("scpgen-runtime.properties is unreadable", e);
        }
    }
}
