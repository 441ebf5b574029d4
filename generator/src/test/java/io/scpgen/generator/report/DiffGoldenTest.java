package io.scpgen.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

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
