package io.scpgen.generator.diff;

import java.util.Locale;

/** How much a change matters to a client of the API, in the order reports list them. */
public enum ChangeSeverity {
    /** A client written against the old API may stop working. */
    BREAKING,
    /** Nothing breaks yet, but a client should act: a deprecation, a support date, docs that fall short. */
    WARNING,
    /** Something new or reworded; nothing to do. */
    INFO;

    /** {@code breaking}: for CSS classes, JSON keys and file-friendly labels. */
    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
