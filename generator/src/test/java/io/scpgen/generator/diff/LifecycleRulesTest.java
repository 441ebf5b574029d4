package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.THINGS;
import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.spec;
import static io.scpgen.generator.diff.TinySpecs.things;
import static io.scpgen.generator.diff.TinySpecs.withLifecycle;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {

    private static Change lifecycleChange(Lifecycle old, Lifecycle now) {
        return onlyChange(snapshots(things(withLifecycle("1.1", old)), things(withLifecycle("1.1", now))));
    }

    @Test
    void aVersionThatBecomesDeprecatedIsAWarningWithItsDate() {
        Change change = lifecycleChange(new Lifecycle(LifecycleStatus.CURRENT, null),
                new Lifecycle(LifecycleStatus.DEPRECATED, "2026-05-31"));

        assertThat(change.kind()).isEqualTo(ChangeKind.VERSION_DEPRECATED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.WARNING);
        assertThat(change.describe()).isEqualTo(THINGS + " 1.1: deprecated, supported until 2026-05-31");
        assertThat(change.path()).isEqualTo("lifecycle");
        assertThat(change.oldValue()).isEqualTo("CURRENT");
        assertThat(change.newValue()).isEqualTo("DEPRECATED until 2026-05-31");
    }

    @Test
    void aSupportDateSetIsAWarning() {
        Change change = lifecycleChange(new Lifecycle(LifecycleStatus.CURRENT, null),
                new Lifecycle(LifecycleStatus.SUPPORTED, "2026-08-31"));

        assertThat(change.kind()).isEqualTo(ChangeKind.SUPPORTED_UNTIL_SET);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.WARNING);
        assertThat(change.message()).isEqualTo("supported until 2026-08-31 (SUPPORTED)");
    }

    @Test
    void aSupportDateMovedEarlierIsAWarning() {
        Change change = lifecycleChange(new Lifecycle(LifecycleStatus.DEPRECATED, "2026-05-31"),
                new Lifecycle(LifecycleStatus.DEPRECATED, "2026-03-31"));

        assertThat(change.kind()).isEqualTo(ChangeKind.SUPPORTED_UNTIL_EARLIER);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.WARNING);
        assertThat(change.message()).isEqualTo("supported until moved earlier: 2026-05-31 -> 2026-03-31");
    }

    @Test
    void aSupportDateMovedLaterOrADeprecationWithdrawnIsInformation() {
        Change later = lifecycleChange(new Lifecycle(LifecycleStatus.DEPRECATED, "2026-05-31"),
                new Lifecycle(LifecycleStatus.DEPRECATED, "2026-12-31"));
        Change withdrawn = lifecycleChange(new Lifecycle(LifecycleStatus.DEPRECATED, "2026-05-31"),
                new Lifecycle(LifecycleStatus.CURRENT, null));

        assertThat(later.kind()).isEqualTo(ChangeKind.LIFECYCLE_CHANGED);
        assertThat(later.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(withdrawn.kind()).isEqualTo(ChangeKind.LIFECYCLE_CHANGED);
        assertThat(withdrawn.message()).isEqualTo("lifecycle DEPRECATED until 2026-05-31 -> CURRENT");
    }

    @Test
    void theServiceWideLifecycleOfAVersionIsComparedToo() {
        Change change = onlyChange(snapshots(
                spec(List.of(new ApiVersion("1.1", LifecycleStatus.CURRENT, null)), List.of(), List.of()),
                spec(List.of(new ApiVersion("1.1", LifecycleStatus.DEPRECATED, "2026-05-31")), List.of(), List.of())));

        assertThat(change.kind()).isEqualTo(ChangeKind.VERSION_DEPRECATED);
        assertThat(change.operation()).isNull();
        assertThat(change.path()).isEqualTo("versions[1.1]");
        assertThat(change.describe()).isEqualTo("service 1.1: deprecated, supported until 2026-05-31");
    }

    /** The lifecycle change alone: the current client also moves to a released version (OperationRulesTest). */
    private static Change releaseChange(Lifecycle old, Lifecycle now) {
        return onlyChange(snapshots(things(withLifecycle("1.1", old)), things(withLifecycle("1.1", now))).stream()
                .filter(c -> c.kind() != ChangeKind.CURRENT_VERSION_CHANGED).toList());
    }

    @Test
    void aPlannedVersionThatBecomesCurrentIsReleasedInformation() {
        Change change = releaseChange(new Lifecycle(LifecycleStatus.PLANNED, null),
                new Lifecycle(LifecycleStatus.CURRENT, null));

        assertThat(change.kind()).isEqualTo(ChangeKind.VERSION_RELEASED);
        assertThat(change.kind().id()).isEqualTo("version-released");
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.describe()).isEqualTo(THINGS + " 1.1: released: PLANNED -> CURRENT, its calls are accepted now");
        assertThat(change.oldValue()).isEqualTo("PLANNED");
        assertThat(change.newValue()).isEqualTo("CURRENT");
    }

    @Test
    void aPlannedVersionReleasedAsSupportedIsReleasedTooButAsDeprecatedItIsAWarning() {
        Change supported = releaseChange(new Lifecycle(LifecycleStatus.PLANNED, null),
                new Lifecycle(LifecycleStatus.SUPPORTED, "2026-12-31"));
        Change deprecated = releaseChange(new Lifecycle(LifecycleStatus.PLANNED, null),
                new Lifecycle(LifecycleStatus.DEPRECATED, "2026-12-31"));

        assertThat(supported.kind()).isEqualTo(ChangeKind.VERSION_RELEASED);
        assertThat(supported.newValue()).isEqualTo("SUPPORTED until 2026-12-31");
        assertThat(deprecated.kind()).isEqualTo(ChangeKind.VERSION_DEPRECATED);
    }

    @Test
    void aVersionStillPlannedWithADateIsNotReleased() {
        Change change = lifecycleChange(new Lifecycle(LifecycleStatus.PLANNED, null),
                new Lifecycle(LifecycleStatus.PLANNED, "2026-12-31"));

        assertThat(change.kind()).isEqualTo(ChangeKind.SUPPORTED_UNTIL_SET);
    }

    @Test
    void theServiceWideReleaseOfAPlannedVersionIsReportedToo() {
        Change change = onlyChange(snapshots(
                spec(List.of(new ApiVersion("1.2", LifecycleStatus.PLANNED, null)), List.of(), List.of()),
                spec(List.of(new ApiVersion("1.2", LifecycleStatus.CURRENT, null)), List.of(), List.of())));

        assertThat(change.kind()).isEqualTo(ChangeKind.VERSION_RELEASED);
        assertThat(change.path()).isEqualTo("versions[1.2]");
        assertThat(change.describe()).isEqualTo("service 1.2: released: PLANNED -> CURRENT, its calls are accepted now");
    }
}
