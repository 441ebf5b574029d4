package io.scpgen.generator.report;

import io.scpgen.generator.diff.ChangeKind;
import io.scpgen.generator.diff.ChangeSeverity;
import java.util.Locale;

/**
 * The order in which a report's summary lists changes: what breaks a client first, then what changes the shape of what
 * it sends or receives, then the rest, and lifecycle notes (deprecations, support dates) last, since one version's
 * deprecation repeats for every operation and would otherwise bury the rest.
 */
public enum Priority {
    /** Any change of severity BREAKING, whatever its subject. */
    BREAKING("Breaking changes"),
    /** Parameters, request and response bodies, models, fields and types that changed without breaking. */
    SHAPE("Request and response shape"),
    /** Services, versions and operations added or documented in part, the current client's version, the docs' words. */
    OTHER("Other changes"),
    /** Versions deprecated, support dates set or moved. */
    LIFECYCLE("Lifecycle notes");

    private final String heading;

    Priority(String heading) {
        this.heading = heading;
    }

    public static Priority of(ChangeKind kind) {
        if (kind.severity() == ChangeSeverity.BREAKING) {
            return BREAKING;
        }
        return switch (kind.subject()) {
            case SHAPE -> SHAPE;
            case LIFECYCLE -> LIFECYCLE;
            case COVERAGE, DOCUMENTATION -> OTHER;
        };
    }

    /** {@code Request and response shape}: the heading of its part of the summary. */
    public String heading() {
        return heading;
    }

    /** {@code shape}: for CSS classes and the JSON report. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
