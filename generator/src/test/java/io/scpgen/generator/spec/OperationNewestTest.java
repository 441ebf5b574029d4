package io.scpgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule for the version the current client calls ({@link Operation#newest(List)}), PLANNED versions above all. */
class OperationNewestTest {

    @Test
    void theNewestCurrentVersionWinsOverANewerPlannedOne() {
        assertThat(newest("1.0 SUPPORTED", "1.1 CURRENT", "1.2 PLANNED")).contains("1.1");
    }

    @Test
    void aSupportedOrDeprecatedVersionWinsOverAPlannedOne() {
        assertThat(newest("1.0 SUPPORTED", "1.1 PLANNED")).contains("1.0");
        assertThat(newest("1.0 DEPRECATED", "1.1 PLANNED")).contains("1.0");
    }

    @Test
    void aVersionWhoseStatusTheDocsDoNotStateWinsOverAPlannedOne() {
        assertThat(newest("1.0 -", "1.1 PLANNED")).contains("1.0");
    }

    @Test
    void anOperationDocumentedOnlyAsPlannedHasNoVersionToCall() {
        assertThat(newest("1.1 PLANNED", "1.2 PLANNED")).isEmpty();
    }

    @Test
    void oncePlannedBecomesCurrentItIsCalled() {
        assertThat(newest("1.0 SUPPORTED", "1.1 CURRENT", "1.2 CURRENT")).contains("1.2");
    }

    /** Variants given as {@code "1.2 PLANNED"}, or {@code "1.0 -"} for a version whose status is not stated. */
    private static Optional<String> newest(String... variants) {
        List<OperationVariant> list = Arrays.stream(variants).map(v -> v.split(" ")).map(v -> new OperationVariant(
                v[0], new Lifecycle(LifecycleStatus.parse(v[1]).orElse(null), null), "", List.of(), null, List.of(),
                null, null, null)).toList();
        return Operation.newest(list).map(OperationVariant::version);
    }
}
