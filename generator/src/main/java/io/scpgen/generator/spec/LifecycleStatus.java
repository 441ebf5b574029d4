package io.scpgen.generator.spec;

import java.util.Locale;
import java.util.Optional;

/** Lifecycle of an API version, in the order a version moves through it. */
public enum LifecycleStatus {
    CURRENT,
    SUPPORTED,
    DEPRECATED;

    /** Parses the docs' word, any case; empty when it is none of the three. */
    public static Optional<LifecycleStatus> parse(String word) {
        for (LifecycleStatus status : values()) {
            if (status.name().equals(word.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
