package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.spec;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiVersionRulesTest {

    private static final ApiVersion V1_0 = new ApiVersion("1.0", LifecycleStatus.CURRENT, null);
    private static final ApiVersion V1_1 = new ApiVersion("1.1", LifecycleStatus.SUPPORTED, "2026-08-31");

    private static ServiceSpec versions(ApiVersion... versions) {
        return spec(List.of(versions), List.of(), List.of());
    }

    @Test
    void anAddedVersionIsInformationWithItsLifecycle() {
        Change change = onlyChange(snapshots(versions(V1_0), versions(V1_0, V1_1)));

        assertThat(change.kind()).isEqualTo(ChangeKind.API_VERSION_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.describe()).isEqualTo("service 1.1: version 1.1 added (SUPPORTED until 2026-08-31)");
    }

    @Test
    void aRemovedVersionBreaks() {
        Change change = onlyChange(snapshots(versions(V1_0, V1_1), versions(V1_0)));

        assertThat(change.kind()).isEqualTo(ChangeKind.API_VERSION_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.path()).isEqualTo("versions[1.1]");
        assertThat(change.oldVersion()).isEqualTo("1.1");
        assertThat(change.newVersion()).isNull();
    }
}
