package io.scpgen.generator.diff;

/**
 * What part of the API a kind of change is about; with its severity, this tells a report which changes a user must
 * read first (see the report's summary order).
 */
public enum ChangeSubject {
    /** Which services, versions and operations the docs document, and which version the current client calls. */
    COVERAGE,
    /** A version's status and supported-until date. */
    LIFECYCLE,
    /** What a client sends and receives: parameters, request and response bodies, models, fields and their types. */
    SHAPE,
    /** The docs' words about the API: descriptions, defaults, examples, constraints and version history. */
    DOCUMENTATION
}
