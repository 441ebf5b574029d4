package io.scpgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.diff.Snapshot;
import io.scpgen.generator.diff.SpecDiff;
import io.scpgen.generator.report.DiffReport;
import io.scpgen.generator.report.ReportFormat;
import io.scpgen.generator.report.Reports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same docs give the same report bytes: whatever the input order, the locale, the time zone or the encoding. */
class DiffDeterminismTest {

    @TempDir
    Path temp;

    private static String report(List<Path> newDocs, ReportFormat format) throws Exception {
        Snapshot old = Snapshot.load(List.of(SeedDocs.file(SeedDocs.REFERENCE_1_1)));
        Snapshot now = Snapshot.load(newDocs);
        return Reports.render(new DiffReport(now.spec().name(), DiffReport.Comparison.SNAPSHOTS, old.inputs(),
                now.inputs(), SpecDiff.betweenSnapshots(old.spec(), now.spec())), format, null);
    }

    private static List<Path> reversed() {
        List<Path> reversed = new ArrayList<>(SeedDocs.all());
        Collections.reverse(reversed);
        return reversed;
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void reversedInputOrderGivesIdenticalBytes(ReportFormat format) throws Exception {
        assertThat(report(reversed(), format)).isEqualTo(report(SeedDocs.all(), format));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aTurkishLocaleAnotherTimeZoneAndEncodingGiveIdenticalBytes(ReportFormat format) throws Exception {
        Path out = temp.resolve("diff." + format.id());
        List<String> args = new ArrayList<>(List.of("diff", "--format", format.id(), "--out", out.toString(),
                "--old", SeedDocs.file(SeedDocs.REFERENCE_1_1).toString(), "--new"));
        reversed().forEach(p -> args.add(p.toString()));

        ForeignLocale.runScpgen(temp, args);

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(report(SeedDocs.all(), format));
    }
}
