package io.scpgen.runtime;

/**
 * The logger of API version warnings, {@value #LOGGER_NAME}: the past-date warning ({@link PastDateWarnings}) and
 * the opt-in version check ({@link VersionCheck}).
 */
final class VersionLog {
    /** The logger's name. */
    static final String LOGGER_NAME = "io.scpgen.runtime.versions";
    static final System.Logger LOG = System.getLogger(LOGGER_NAME);

    private VersionLog() {
    }
}
