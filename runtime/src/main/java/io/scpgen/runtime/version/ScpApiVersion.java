package io.scpgen.runtime.version;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One API version of a service, from its live version list ({@code GET /}) or from the docs' version table: the
 * version ({@code 1.3}), its status, the date it is supported until (SCP's {@code not_before}) and the link to it.
 * Immutable.
 */
public final class ScpApiVersion {
    /** SCP's ids: {@code v<major>.<minor>}. */
    private static final Pattern VERSION_ID = Pattern.compile("[vV](\\d+\\.\\d+)");

    private final String version;
    private final ScpApiVersionStatus status;
    private final LocalDate notBefore;
    private final URI link;

    private ScpApiVersion(String version, ScpApiVersionStatus status, LocalDate notBefore, URI link) {
        this.version = Objects.requireNonNull(version, "version");
        this.status = Objects.requireNonNull(status, "status");
        this.notBefore = notBefore;
        this.link = link;
    }

    /**
     * A documented version, as the generated per-service version table lists it.
     *
     * @param version the version as sent in {@code Scp-Api-Version}, e.g. {@code 1.3}
     * @param status its status
     * @param supportedUntil the date it is supported until, or {@code null} for none
     * @return the version
     */
    public static ScpApiVersion of(String version, ScpApiVersionStatus status, LocalDate supportedUntil) {
        return new ScpApiVersion(version, status, supportedUntil, null);
    }

    /**
     * A version of a service's live list.
     *
     * @param id the list's id, e.g. {@code v1.3}; an id of another form is kept as it came
     * @param status its status
     * @param notBefore its {@code not_before} date, or {@code null}
     * @param link its {@code self} link, or {@code null}
     * @return the version
     */
    public static ScpApiVersion fromId(String id, ScpApiVersionStatus status, LocalDate notBefore, URI link) {
        var matcher = VERSION_ID.matcher(Objects.requireNonNull(id, "id").trim());
        return new ScpApiVersion(matcher.matches() ? matcher.group(1) : id, status, notBefore, link);
    }

    /** {@return the version as sent in {@code Scp-Api-Version}, e.g. {@code 1.3}} */
    public String version() {
        return version;
    }

    /** {@return the version's status} */
    public ScpApiVersionStatus status() {
        return status;
    }

    /**
     * {@return the date the version is supported until (SCP's {@code not_before}: after it the version may stop);
     * empty when none is given or it could not be read}
     */
    public Optional<LocalDate> notBefore() {
        return Optional.ofNullable(notBefore);
    }

    /** {@return the link to the version's root; empty when none is given} */
    public Optional<URI> link() {
        return Optional.ofNullable(link);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScpApiVersion that && version.equals(that.version) && status == that.status
                && Objects.equals(notBefore, that.notBefore) && Objects.equals(link, that.link);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, status, notBefore, link);
    }

    @Override
    public String toString() {
        return version + " " + status + (notBefore == null ? "" : " until " + notBefore);
    }
}
