package io.scpgen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed docs: the reference page alone is the old snapshot, all five pages the new one (which adds 1.2 and 1.3 for
 * three operations and deprecates 1.1 service-wide).
 */
class SeedDiffTest {

    private static final List<String> NEWER_OPERATIONS = List.of("POST /v1/images/{image_id}/import",
            "GET /v1/images/{image_id}/members", "GET /v1/pending-images");
    private static final String PENDING_IMAGES_12 = "GET /v1/pending-images 1.1 -> 1.2: response ImageListResponse"
            + " -> ImageListResponseV1Dot2 (+ images[].scp_gpu_driver)";

    private static ServiceSpec old;
    private static ServiceSpec now;

    @BeforeAll
    static void load() {
        old = SpecFromDocs.withTextReaders().load(List.of(SeedDocs.file(SeedDocs.REFERENCE_1_1))).spec();
        now = SpecFromDocs.withTextReaders().load(SeedDocs.all()).spec();
    }

    @Test
    void theNewSnapshotAddsVersionsDeprecates11AndAnswersPendingImages12WithTheVariant() {
        List<Change> changes = SpecDiff.betweenSnapshots(old, now);

        assertThat(counts(changes)).isEqualTo(Map.of(ChangeSeverity.WARNING, 113L, ChangeSeverity.INFO, 19L));
        assertThat(of(changes, ChangeKind.OPERATION_VERSION_ADDED)).extracting(Change::describe).containsExactly(
                NEWER_OPERATIONS.get(0) + " 1.2: version 1.2 added", NEWER_OPERATIONS.get(0) + " 1.3: version 1.3 added",
                NEWER_OPERATIONS.get(1) + " 1.2: version 1.2 added", NEWER_OPERATIONS.get(1) + " 1.3: version 1.3 added",
                NEWER_OPERATIONS.get(2) + " 1.2: version 1.2 added", NEWER_OPERATIONS.get(2) + " 1.3: version 1.3 added");
        assertThat(of(changes, ChangeKind.API_VERSION_ADDED)).extracting(Change::describe).containsExactly(
                "service 1.2: version 1.2 added (SUPPORTED until 2026-08-31)", "service 1.3: version 1.3 added (CURRENT)");
        // the merge gives every operation the newest lifecycle of its version, so all 110 operations of 1.1 move
        List<Change> deprecated = of(changes, ChangeKind.VERSION_DEPRECATED);
        assertThat(deprecated).hasSize(111).allSatisfy(c -> {
            assertThat(c.newVersion()).isEqualTo("1.1");
            assertThat(c.message()).isEqualTo("deprecated, supported until 2026-05-31");
        });
        assertThat(deprecated).extracting(Change::operation).contains(NEWER_OPERATIONS.toArray(String[]::new));
        assertThat(of(changes, ChangeKind.MODEL_REPLACED)).extracting(Change::describe)
                .containsExactly(PENDING_IMAGES_12);
        assertThat(of(changes, ChangeKind.VERSION_PARTIALLY_DOCUMENTED)).extracting(Change::describe).containsExactly(
                "service 1.2: documented for 3 of 112 operations: only for " + String.join(", ", NEWER_OPERATIONS),
                "service 1.3: documented for 3 of 112 operations: only for " + String.join(", ", NEWER_OPERATIONS));
    }

    @Test
    void theReverseDirectionReportsTheNewerVersionsRemovedAsBreaking() {
        List<Change> changes = SpecDiff.betweenSnapshots(now, old);

        List<Change> breaking = changes.stream().filter(c -> c.severity() == ChangeSeverity.BREAKING).toList();
        assertThat(breaking).extracting(Change::kind).containsOnly(ChangeKind.API_VERSION_REMOVED,
                ChangeKind.OPERATION_VERSION_REMOVED);
        assertThat(breaking).extracting(Change::oldVersion).containsOnly("1.2", "1.3");
        assertThat(breaking).hasSize(8);
        assertThat(counts(changes)).isEqualTo(Map.of(ChangeSeverity.BREAKING, 8L, ChangeSeverity.INFO, 120L));
    }

    @Test
    void insideTheMergedSpec12ChangesThePendingImagesResponseAndIsDocumentedFor3Of112Operations() throws IOException {
        ServiceSpec committed = SpecJson.read(SeedDocs.projectRoot().resolve("spec/virtualserver.json"));

        List<Change> changes = SpecDiff.betweenVersions(committed);

        assertThat(of(changes, ChangeKind.MODEL_REPLACED)).extracting(Change::describe)
                .containsExactly(PENDING_IMAGES_12);
        assertThat(of(changes, ChangeKind.VERSION_PARTIALLY_DOCUMENTED)).extracting(Change::versionLabel,
                Change::newValue).containsExactly(
                tuple("1.1", "110 of 112 operations"),
                tuple("1.2", "3 of 112 operations"),
                tuple("1.3", "3 of 112 operations"));
        assertThat(counts(changes)).isEqualTo(Map.of(ChangeSeverity.WARNING, 3L, ChangeSeverity.INFO, 2L));
    }

    @Test
    void theCommittedSpecReadBackFromItsFileEqualsTheDocsItCameFrom() throws IOException {
        ServiceSpec committed = SpecJson.read(SeedDocs.projectRoot().resolve("spec/virtualserver.json"));

        assertThat(SpecDiff.betweenSnapshots(committed, now)).isEmpty();
    }

    private static List<Change> of(List<Change> changes, ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private static Map<ChangeSeverity, Long> counts(List<Change> changes) {
        return changes.stream().collect(Collectors.groupingBy(Change::severity, Collectors.counting()));
    }
}
