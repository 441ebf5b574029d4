package io.scpgen.generator.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.runtime.version.ScpApiVersion;
import io.scpgen.runtime.version.ScpApiVersionStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the docs are stale, and what is not staleness: docs ahead of the service, a status word SCP newly uses. */
class VersionDriftTest {

    private static final ServiceSpec DOCS = new ServiceSpec("dns", "DNS", null, null, List.of(),
            List.of(new ApiVersion("1.10", LifecycleStatus.PLANNED, null),
                    new ApiVersion("1.9", LifecycleStatus.CURRENT, null),
                    new ApiVersion("1.2", LifecycleStatus.DEPRECATED, "2026-05-31")),
            List.of(), List.of(), List.of());

    private static ScpApiVersion live(String id, ScpApiVersionStatus status) {
        return ScpApiVersion.fromId(id, status, null, null);
    }

    @Test
    void theSameVersionsAreUpToDateAndRowsAreInVersionOrder() {
        VersionDrift drift = VersionDrift.compare(DOCS, "http://127.0.0.1:1", List.of(
                live("v1.9", ScpApiVersionStatus.CURRENT), live("v1.10", ScpApiVersionStatus.PLANNED),
                ScpApiVersion.fromId("v1.2", ScpApiVersionStatus.DEPRECATED, LocalDate.of(2026, 5, 31), null)));

        assertThat(drift.stale()).isFalse();
        assertThat(drift.rows()).extracting(VersionDrift.Row::version).containsExactly("1.2", "1.9", "1.10");
    }

    @Test
    void aLiveVersionTheDocsLackIsStaleWhateverItsStatus() {
        VersionDrift drift = VersionDrift.compare(DOCS, "http://127.0.0.1:1", List.of(
                live("v1.1", ScpApiVersionStatus.DEPRECATED), live("v1.9", ScpApiVersionStatus.CURRENT),
                live("v1.11", ScpApiVersionStatus.PLANNED)));

        assertThat(drift.findings()).containsExactly("dns 1.1 is DEPRECATED live and not in the docs",
                "dns 1.11 is PLANNED live and not in the docs");
    }

    @Test
    void aPlannedVersionNowCallableIsStaleButStillPlannedOrUnknownIsNot() {
        assertThat(VersionDrift.compare(DOCS, "live", List.of(live("v1.10", ScpApiVersionStatus.SUPPORTED)))
                .findings()).containsExactly("dns 1.10 is PLANNED in the docs and SUPPORTED live");
        assertThat(VersionDrift.compare(DOCS, "live", List.of(live("v1.10", ScpApiVersionStatus.CURRENT)))
                .findings()).containsExactly("dns 1.10 is PLANNED in the docs and CURRENT live");
        assertThat(VersionDrift.compare(DOCS, "live", List.of(live("v1.10", ScpApiVersionStatus.UNKNOWN))).stale())
                .isFalse();
    }

    @Test
    void docsVersionsTheServiceNoLongerListsAreShownNotStale() {
        VersionDrift drift = VersionDrift.compare(DOCS, "live", List.of(live("v1.9", ScpApiVersionStatus.CURRENT)));

        assertThat(drift.stale()).isFalse();
        assertThat(VersionTable.table(drift)).containsExactly(
                "dns: docs and live live",
                "  version  docs        until       live     not before",
                "  1.2      DEPRECATED  2026-05-31  -        -",
                "  1.9      CURRENT     -           CURRENT  -",
                "  1.10     PLANNED     -           -        -");
    }

    @Test
    void docsOnlyListsTheDocsInVersionOrderAndSaysWhy() {
        VersionDrift drift = VersionDrift.docsOnly(DOCS, "no endpoint");

        assertThat(drift.stale()).isFalse();
        assertThat(VersionTable.table(drift)).containsExactly(
                "dns: docs only (no endpoint)",
                "  version  docs        until",
                "  1.2      DEPRECATED  2026-05-31",
                "  1.9      CURRENT     -",
                "  1.10     PLANNED     -");
    }
}
