package io.scpgen.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grouping rule ({@link ChangeGroup.SameApartFromOperation}) and the summary's order, on hand-made changes. */
class ChangeGroupTest {

    private static Change deprecated(String operation, String version, String until) {
        return new Change(ChangeKind.VERSION_DEPRECATED, operation, version, version, "lifecycle", "CURRENT",
                "DEPRECATED until " + until, "deprecated, supported until " + until);
    }

    private static Change description(String operation, String now) {
        return new Change(ChangeKind.DESCRIPTION_CHANGED, operation, "1.1", "1.1", "description", "old words", now,
                "description changed");
    }

    private static Change change(ChangeKind kind, String operation, String path, String message) {
        return new Change(kind, operation, "1.1", "1.2", path, null, null, message);
    }

    @Test
    void theSameChangeInSeveralOperationsIsOneGroupWithItsCountAndOperationsInReportOrder() {
        List<ChangeGroup> groups = ChangeGroup.of(List.of(deprecated("GET /v1/keypairs", "1.1", "2026-05-31"),
                deprecated("POST /v1/images", "1.1", "2026-05-31"), deprecated("GET /v1/images", "1.1", "2026-05-31")));

        assertThat(groups).hasSize(1);
        ChangeGroup group = groups.get(0);
        assertThat(group.count()).isEqualTo(3);
        assertThat(group.grouped()).isTrue();
        assertThat(group.operations()).containsExactly("GET /v1/images", "POST /v1/images", "GET /v1/keypairs");
        assertThat(group.shared().message()).isEqualTo("deprecated, supported until 2026-05-31");
        assertThat(group.priority()).isEqualTo(Priority.LIFECYCLE);
    }

    @Test
    void changesThatDifferInMoreThanTheirOperationStayApart() {
        List<Change> changes = List.of(
                deprecated("GET /v1/a", "1.1", "2026-05-31"),
                deprecated("GET /v1/b", "1.2", "2026-05-31"), // another version
                deprecated("GET /v1/c", "1.1", "2026-08-31"), // another date: message and value
                description("GET /v1/d", "Lists d."),
                description("GET /v1/e", "Lists e."), // the same message, other values
                change(ChangeKind.FIELD_ADDED, "GET /v1/f", "responses.200.name", "optional field added"),
                change(ChangeKind.FIELD_ADDED, "GET /v1/g", "responses.200.size", "optional field added"), // path
                change(ChangeKind.RESPONSE_FIELD_BECAME_REQUIRED, "GET /v1/h", "responses.200.name",
                        "optional field added")); // another kind with the same words

        List<ChangeGroup> groups = ChangeGroup.of(changes);

        assertThat(groups).hasSize(changes.size()).allSatisfy(g -> assertThat(g.grouped()).isFalse());
        assertThat(groups).flatMap(ChangeGroup::changes).containsExactlyInAnyOrderElementsOf(changes);
    }

    @Test
    void aServiceWideChangeIsARowOfItsOwnBesideTheOperationsThatRepeatIt() {
        List<ChangeGroup> groups = ChangeGroup.of(List.of(deprecated("GET /v1/a", "1.1", "2026-05-31"),
                deprecated(null, "1.1", "2026-05-31"), deprecated("GET /v1/b", "1.1", "2026-05-31")));

        assertThat(groups).extracting(ChangeGroup::count).containsExactly(1, 2);
        assertThat(groups.get(0).operations()).isEmpty();
        assertThat(groups.get(0).grouped()).isFalse();
        assertThat(groups.get(1).operations()).containsExactly("GET /v1/a", "GET /v1/b");
    }

    @Test
    void theSummaryListsBreakingThenShapeThenTheRestBySeverityAndLifecycleLast() {
        Change lifecycle = deprecated("GET /v1/a", "1.1", "2026-05-31");
        Change reworded = description("GET /v1/a", "Lists a.");
        Change partial = new Change(ChangeKind.VERSION_PARTIALLY_DOCUMENTED, null, "1.2", "1.2", "versions[1.2]",
                null, null, "documented for 1 of 2 operations: only for GET /v1/a");
        Change shape = change(ChangeKind.MODEL_REPLACED, "GET /v1/z", "responses.200", "response A -> AV1Dot2");
        Change breaking = change(ChangeKind.FIELD_REMOVED, "GET /v1/z", "responses.200.name", "field removed");
        List<Change> changes = new ArrayList<>(List.of(lifecycle, reworded, partial, shape, breaking));

        List<ChangeGroup> groups = ChangeGroup.of(changes);
        Collections.reverse(changes);

        assertThat(groups).extracting(ChangeGroup::shared).containsExactly(breaking, shape, partial, reworded,
                lifecycle);
        assertThat(groups).extracting(ChangeGroup::priority).containsExactly(Priority.BREAKING, Priority.SHAPE,
                Priority.OTHER, Priority.OTHER, Priority.LIFECYCLE);
        assertThat(ChangeGroup.of(changes)).as("whatever the input order").isEqualTo(groups);
    }
}
