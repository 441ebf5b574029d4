package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.operation;
import static io.scpgen.generator.diff.TinySpecs.plain;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageRuleTest {

    private static final List<ApiVersion> VERSIONS = List.of(new ApiVersion("1.0", LifecycleStatus.SUPPORTED, null),
            new ApiVersion("1.1", LifecycleStatus.CURRENT, null));

    /** Three operations in 1.0, of which {@code documentedIn11} also in 1.1. */
    private static ServiceSpec spec11For(int documentedIn11) {
        String[] paths = {"/v1/a", "/v1/b", "/v1/c"};
        return spec(VERSIONS, java.util.stream.IntStream.range(0, paths.length)
                .mapToObj(i -> i < documentedIn11 ? operation("GET", paths[i], plain("1.0"), plain("1.1"))
                        : operation("GET", paths[i], plain("1.0")))
                .toList(), List.of());
    }

    @Test
    void betweenVersionsAVersionDocumentedForSomeOperationsIsAWarningNamingTheFewDocumented() {
        Change change = onlyChange(SpecDiff.betweenVersions(spec11For(1)));

        assertThat(change.kind()).isEqualTo(ChangeKind.VERSION_PARTIALLY_DOCUMENTED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.WARNING);
        assertThat(change.describe()).isEqualTo("service 1.1: documented for 1 of 3 operations: only for GET /v1/a");
    }

    @Test
    void whenMostAreDocumentedTheFewLeftOutAreNamed() {
        Change change = onlyChange(SpecDiff.betweenVersions(spec11For(2)));

        assertThat(change.message()).isEqualTo("documented for 2 of 3 operations: not for GET /v1/c");
    }

    @Test
    void betweenSnapshotsOnlyAChangedCoverageIsReported() {
        List<Change> same = snapshots(spec11For(1), spec11For(1));
        List<Change> grown = snapshots(spec11For(1), spec11For(2)).stream()
                .filter(c -> c.kind() == ChangeKind.VERSION_PARTIALLY_DOCUMENTED).toList();

        assertThat(same).isEmpty();
        assertThat(onlyChange(grown).oldValue()).isEqualTo("1 of 3 operations");
        assertThat(grown.get(0).newValue()).isEqualTo("2 of 3 operations");
    }
}
