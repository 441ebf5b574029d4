package io.scpgen.generator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    @TempDir
    Path temp;

    private static String render(DiffReport report) throws TemplateException {
        return Reports.render(report, ReportFormat.MARKDOWN, null);
    }

    @Test
    void summaryCountsComeFirstThenATablePerSeverityThatHasChanges() throws TemplateException {
        String markdown = render(SampleReports.mixed());

        assertThat(markdown).startsWith("## API changes: things\n");
        assertThat(markdown).contains("Old: old.txt. New: a.txt, b.txt.");
        assertThat(markdown).contains("| BREAKING | 1 |\n| WARNING | 1 |\n| INFO | 2 |\n");
        assertThat(markdown.indexOf("### BREAKING (1)")).isLessThan(markdown.indexOf("### WARNING (1)"));
        assertThat(markdown.indexOf("### WARNING (1)")).isLessThan(markdown.indexOf("### INFO (2)"));
        assertThat(markdown).contains("| GET /v1/things | 1.1 -> 1.2 | responses.200.items\\[\\].name | field removed |");
        assertThat(markdown).contains("| service | 1.2 | versions\\[1.2\\] | version 1.2 added (CURRENT) |");
    }

    @Test
    void everyRowHasExactlyTheTablesFourCellsWhateverTheTextHolds() throws TemplateException {
        String markdown = render(SampleReports.mixed());

        String row = markdown.lines().filter(l -> l.contains("description changed")).findFirst().orElseThrow();
        // unescaped pipes delimit the cells: 5 of them around 4 cells; no line break splits the row
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(5);
        assertThat(row).contains("a \\| b \\<script>alert(1)\\</script> \\*bold\\* \\& \\[link\\](http://x) second line");
        assertThat(markdown).as("every < is escaped").doesNotContainPattern("(?<!\\\\)<");
    }

    @Test
    void underscoresInsideNamesStayReadable() throws TemplateException {
        DiffReport report = new DiffReport("things", DiffReport.Comparison.SNAPSHOTS, List.of(), List.of(),
                List.of(new io.scpgen.generator.diff.Change(io.scpgen.generator.diff.ChangeKind.FIELD_ADDED,
                        "GET /v1/things/{thing_id}", "1.0", "1.0", "responses.200.scp_gpu_driver", null, "string",
                        "field added: _private_")));

        String markdown = render(report);

        assertThat(markdown).contains("| GET /v1/things/{thing_id} | 1.0 | responses.200.scp_gpu_driver |"
                + " field added: \\_private\\_ |");
    }

    @Test
    void noChangesSaysSo() throws TemplateException {
        String markdown = render(SampleReports.empty());

        assertThat(markdown).contains("Between consecutive API versions of one snapshot: a.txt.");
        assertThat(markdown).contains("| BREAKING | 0 |").contains("No changes.").doesNotContain("###");
    }

    @Test
    void aUserTemplateIsRenderedWithTheSameNamesAndMarkdownEscaping() throws Exception {
        Path template = Files.writeString(temp.resolve("short.mustache"),
                "{{service}}: {{total}}\n{{#sections}}{{#rows}}- {{severity}} {{operation}}: {{message}}\n{{/rows}}{{/sections}}");

        String text = Reports.render(SampleReports.mixed(), ReportFormat.MARKDOWN, template);

        assertThat(text).startsWith("things: 4\n- BREAKING GET /v1/things: field removed\n");
        assertThat(text).contains("description changed: a \\| b");
    }

    @Test
    void anUnreadableOrBrokenTemplateIsATemplateErrorNamingTheFile() throws IOException {
        Path missing = temp.resolve("missing.mustache");
        Path broken = Files.writeString(temp.resolve("broken.mustache"), "{{#sections}}\nno end");
        Path partial = Files.writeString(temp.resolve("partial.mustache"), "{{> other}}");

        assertThatThrownBy(() -> Reports.render(SampleReports.mixed(), ReportFormat.MARKDOWN, missing))
                .isInstanceOf(TemplateException.class).hasMessageContaining("cannot read template " + missing);
        assertThatThrownBy(() -> Reports.render(SampleReports.mixed(), ReportFormat.MARKDOWN, broken))
                .isInstanceOf(TemplateException.class).hasMessageContaining("template " + broken + " cannot be used");
        assertThatThrownBy(() -> Reports.render(SampleReports.mixed(), ReportFormat.HTML, partial))
                .isInstanceOf(TemplateException.class).hasMessageContaining("partial");
    }
}
