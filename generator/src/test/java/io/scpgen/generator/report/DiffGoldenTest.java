package io.scpgen.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.diff.SpecDiff;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reports of the seed diff (the reference page alone, then all five pages) in every format, of the versions
 * inside all five, and of the versions of a small spec with the docs' version history, checked in beside the tests. After an intended change, refresh them with
 * {@code mvn -B -pl generator test -Dtest=DiffGoldenTest -Dscpgen.updateGolden=true} and review the diff.
 */
class DiffGoldenTest {

    private static final Path GOLDEN = SeedDocs.projectRoot().resolve("generator/src/test/resources/golden/diff");

    private static DiffReport snapshots;
    private static DiffReport versions;

    @BeforeAll
    static void diff() {
        ServiceSpec old = SpecFromDocs.withTextReaders().load(List.of(SeedDocs.file(SeedDocs.REFERENCE_1_1))).spec();
        ServiceSpec now = SpecFromDocs.withTextReaders().load(SeedDocs.all()).spec();
        snapshots = new DiffReport(now.name(), DiffReport.Comparison.SNAPSHOTS, List.of(SeedDocs.REFERENCE_1_1),
                SeedDocs.ALL, SpecDiff.betweenSnapshots(old, now));
        versions = new DiffReport(now.name(), DiffReport.Comparison.VERSIONS, SeedDocs.ALL, SeedDocs.ALL,
                SpecDiff.betweenVersions(now));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theSeedSnapshotsInEveryFormat(ReportFormat format) throws Exception {
        check("virtualserver-snapshots." + format.id(), Reports.render(snapshots, format, null));
    }

    @Test
    void theVersionsInsideTheSeedSnapshot() throws Exception {
        check("virtualserver-versions.md", Reports.render(versions, ReportFormat.MARKDOWN, null));
    }

    /** A small spec whose versions have the docs' history ({@link HistoryReports}): the history beside the changes. */
    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theVersionsOfASpecWithHistoryInEveryFormat(ReportFormat format) throws Exception {
        check("product-history-versions." + format.id(), Reports.render(HistoryReports.versions(), format, null));
    }

    @Test
    void theSeedHtmlIsWellFormedWithItsSummaryAndAGroupPerOperation() throws Exception {
        Document page = HtmlReportTest.parse(Reports.render(snapshots, ReportFormat.HTML, null));

        assertThat(page.select("table.summary tbody tr").eachText()).containsExactly("BREAKING 0", "WARNING 113",
                "INFO 19");
        // the service and every operation of 1.1, each deprecated
        assertThat(page.select("section.operation")).hasSize(111);
        assertThat(page.select("tr.change")).hasSize(132);
    }

    /** The case: 110 identical lifecycle notes buried the one change a user must act on. */
    @Test
    void theSeedSummaryShowsThePendingImagesShapeChangeFirstAndThe11LifecycleNotesAsOneRowOf110() throws Exception {
        List<ChangeGroup> groups = snapshots.changeGroups();
        assertThat(groups.stream().mapToInt(ChangeGroup::count).sum()).isEqualTo(132);
        assertThat(groups.get(0).shared().describe()).isEqualTo("GET /v1/pending-images 1.1 -> 1.2: response"
                + " ImageListResponse -> ImageListResponseV1Dot2 (+ images[].scp_gpu_driver)");
        ChangeGroup deprecated = groups.get(groups.size() - 1);
        assertThat(deprecated.shared().message()).isEqualTo("deprecated, supported until 2026-05-31");
        assertThat(deprecated.count()).isEqualTo(110);
        assertThat(deprecated.operations()).hasSize(110).doesNotHaveDuplicates();

        String markdown = Reports.render(snapshots, ReportFormat.MARKDOWN, null);
        assertThat(markdown).containsSubsequence("| INFO | 19 |", "### Request and response shape (1)",
                "- **INFO** GET /v1/pending-images 1.1 -> 1.2, responses.200: response ImageListResponse ->"
                        + " ImageListResponseV1Dot2", "### Lifecycle notes (111)",
                "- **WARNING** 110 operations 1.1, lifecycle: deprecated, supported until 2026-05-31\n"
                        + "  - GET /v1/auto-scaling-groups\n");
        assertThat(markdown.lines().filter(l -> l.contains("deprecated, supported until"))).as("service-wide and"
                + " the group of operations").hasSize(2);

        Document page = HtmlReportTest.parse(Reports.render(snapshots, ReportFormat.HTML, null));
        assertThat(page.select("section.priority h3").eachText()).containsExactly("Request and response shape 1",
                "Other changes 20", "Lifecycle notes 111");
        assertThat(page.select("section.priority").first().select("tr.group td").eachText())
                .contains("GET /v1/pending-images", "responses.200");
        assertThat(page.select("tr.group")).hasSize(groups.size());
        assertThat(page.select("tr.group").last().select("details.operations > summary").text())
                .isEqualTo("110 operations");
        assertThat(page.select("tr.group").last().select("details.operations li")).hasSize(110);

        JsonNode json = new ObjectMapper().readTree(Reports.render(snapshots, ReportFormat.JSON, null));
        assertThat(json.get("changes")).as("every change kept for tools").hasSize(132);
        JsonNode last = json.get("groups").get(groups.size() - 1);
        assertThat(last.get("count").asInt()).isEqualTo(110);
        assertThat(last.get("operations")).hasSize(110);
    }

    private static void check(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("scpgen.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden " + golden + " (if the change is intended, refresh with"
                + " -Dscpgen.updateGolden=true and review the diff)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
