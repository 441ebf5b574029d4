package io.scpgen.generator.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lifecycle of an API version, in the order a version moves through it: PLANNED (documented before its release: SCP
 * does not accept its calls yet), CURRENT (the one recommended version), SUPPORTED (bug fixes only), DEPRECATED (about
 * to stop).
 */
public enum LifecycleStatus {
    PLANNED,
    CURRENT,
    SUPPORTED,
    DEPRECATED;

    /** The statuses of versions SCP accepts calls of, in the order a client prefers them. */
    public static final List<LifecycleStatus> CALLABLE = List.of(CURRENT, SUPPORTED, DEPRECATED);

    /** Parses the docs' word, any case; empty when it is none of the four. */
    public static Optional<LifecycleStatus> parse(String word) {
        for (LifecycleStatus status : values()) {
            if (status.name().equals(word.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** How many steps past CURRENT: PLANNED -1, CURRENT 0, SUPPORTED 1, DEPRECATED 2. */
    public int stepsPastCurrent() {
        return ordinal() - CURRENT.ordinal();
    }
}
