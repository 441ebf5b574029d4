package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.THINGS;
import static io.scpgen.generator.diff.TinySpecs.integer;
import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.operation;
import static io.scpgen.generator.diff.TinySpecs.plain;
import static io.scpgen.generator.diff.TinySpecs.query;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.spec;
import static io.scpgen.generator.diff.TinySpecs.things;
import static io.scpgen.generator.diff.TinySpecs.withLifecycle;
import static io.scpgen.generator.diff.TinySpecs.withParameters;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationRulesTest {

    private static final Lifecycle PLANNED = new Lifecycle(LifecycleStatus.PLANNED, null);

    private static final List<ApiVersion> VERSIONS = List.of(new ApiVersion("1.0", LifecycleStatus.CURRENT, null));

    private static ServiceSpec withOperations(Operation... operations) {
        return spec(VERSIONS, List.of(operations), List.of());
    }

    @Test
    void anAddedOperationIsInformation() {
        Change change = onlyChange(snapshots(withOperations(),
                withOperations(operation("POST", "/v1/things", plain("1.0")))));

        assertThat(change.kind()).isEqualTo(ChangeKind.OPERATION_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.describe()).isEqualTo("POST /v1/things: operation added, documented for 1.0");
    }

    @Test
    void aRemovedOperationBreaks() {
        Change change = onlyChange(snapshots(withOperations(operation("DELETE", "/v1/things/{id}", plain("1.0"))),
                withOperations()));

        assertThat(change.kind()).isEqualTo(ChangeKind.OPERATION_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.operation()).isEqualTo("DELETE /v1/things/{id}");
    }

    @Test
    void aVersionAddedToAnOperationIsInformationAndIsComparedWithTheVersionBefore() {
        ServiceSpec old = things(withParameters("1.0", query("limit", false, integer())));
        ServiceSpec now = spec(old.versions(), List.of(operation("GET", "/v1/things",
                withParameters("1.0", query("limit", false, integer())), withParameters("1.1"))), List.of());

        List<Change> changes = snapshots(old, now);

        assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.OPERATION_VERSION_ADDED,
                ChangeKind.CURRENT_VERSION_CHANGED, ChangeKind.PARAMETER_REMOVED);
        assertThat(changes.get(0).describe()).isEqualTo(THINGS + " 1.1: version 1.1 added");
        assertThat(changes.get(1).describe())
                .isEqualTo(THINGS + " 1.0 -> 1.1: the current client calls 1.1 instead of 1.0");
        assertThat(changes.get(1).severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(changes.get(2).describe()).isEqualTo(THINGS + " 1.0 -> 1.1: query parameter limit removed");
    }

    @Test
    void aVersionRemovedFromAnOperationBreaks() {
        Change change = onlyChange(snapshots(spec(VERSIONS, List.of(operation("GET", "/v1/things", plain("1.0"),
                plain("1.1"))), List.of()), things(plain("1.0"))).stream()
                .filter(c -> c.kind() != ChangeKind.CURRENT_VERSION_CHANGED).toList());

        assertThat(change.kind()).isEqualTo(ChangeKind.OPERATION_VERSION_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.oldVersion()).isEqualTo("1.1");
        assertThat(change.newVersion()).isNull();
    }

    @Test
    void betweenVersionsEachOperationsConsecutiveVersionsAreCompared() {
        ServiceSpec spec = things(withParameters("1.0"), withParameters("1.1", query("limit", false, integer())),
                withParameters("1.2", query("limit", false, integer())));

        Change change = onlyChange(SpecDiff.betweenVersions(spec));

        assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_ADDED);
        assertThat(change.versionLabel()).isEqualTo("1.0 -> 1.1");
    }

    @Test
    void betweenVersionsAnOperationFirstDocumentedInALaterVersionIsAdded() {
        ServiceSpec spec = spec(List.of(new ApiVersion("1.0", LifecycleStatus.SUPPORTED, null),
                new ApiVersion("1.1", LifecycleStatus.CURRENT, null)), List.of(
                operation("GET", "/v1/things", plain("1.0"), plain("1.1")),
                operation("POST", "/v1/things", plain("1.1"))), List.of());

        Change change = onlyChange(SpecDiff.betweenVersions(spec));

        assertThat(change.kind()).isEqualTo(ChangeKind.OPERATION_ADDED);
        assertThat(change.describe()).isEqualTo("POST /v1/things 1.1: operation added in 1.1");
    }

    @Test
    void theCurrentClientMovesToAReleasedVersionOfAnOperation() {
        ServiceSpec old = spec(List.of(new ApiVersion("1.0", LifecycleStatus.CURRENT, null),
                new ApiVersion("1.1", LifecycleStatus.PLANNED, null)), List.of(operation("GET", "/v1/things",
                plain("1.0"), withLifecycle("1.1", PLANNED))), List.of());
        ServiceSpec now = spec(List.of(new ApiVersion("1.0", LifecycleStatus.SUPPORTED, null),
                new ApiVersion("1.1", LifecycleStatus.CURRENT, null)), List.of(operation("GET", "/v1/things",
                plain("1.0"), plain("1.1"))), List.of());

        List<Change> changes = snapshots(old, now).stream()
                .filter(c -> c.kind() == ChangeKind.CURRENT_VERSION_CHANGED).toList();

        assertThat(changes).extracting(Change::describe)
                .containsExactly(THINGS + " 1.0 -> 1.1: the current client calls 1.1 instead of 1.0");
    }

    @Test
    void anOperationDocumentedOnlyAsPlannedJoinsTheCurrentClientWhenReleased() {
        ServiceSpec old = spec(VERSIONS, List.of(operation("POST", "/v1/things", withLifecycle("1.1", PLANNED))),
                List.of());
        ServiceSpec now = spec(VERSIONS, List.of(operation("POST", "/v1/things", plain("1.1"))), List.of());

        List<Change> changes = snapshots(old, now);

        assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.CURRENT_VERSION_CHANGED,
                ChangeKind.VERSION_RELEASED);
        assertThat(changes.get(0).describe()).isEqualTo(
                "POST /v1/things 1.1: the current client calls 1.1, before no version of it was callable");
        assertThat(changes.get(0).severity()).isEqualTo(ChangeSeverity.INFO);
    }
}
