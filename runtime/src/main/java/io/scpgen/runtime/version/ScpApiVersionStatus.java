package io.scpgen.runtime.version;

import java.util.Locale;

/** The lifecycle status of an API version, as SCP's version list and the docs give it. */
public enum ScpApiVersionStatus {
    /** The one recommended version; a call without {@code Scp-Api-Version} gets it. */
    CURRENT,
    /** Still callable, bug fixes only. */
    SUPPORTED,
    /** Documented ahead of release: not callable yet. */
    PLANNED,
    /** Callable until its date, then it stops. */
    DEPRECATED,
    /** A status this runtime does not know (a newer service may add one). */
    UNKNOWN;

    /**
     * The status named by {@code text}, in any case; {@link #UNKNOWN} for {@code null} or a name this runtime does
     * not know, so a new status on the service never breaks a client.
     *
     * @param text the status as the service sends it, e.g. {@code CURRENT}
     * @return the status
     */
    public static ScpApiVersionStatus parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
