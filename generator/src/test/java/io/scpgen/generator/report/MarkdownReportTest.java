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
    void summaryCountsComeFirstThenAListPerPriorityThatHasChanges() throws TemplateException {
        String markdown = render(SampleReports.mixed());

        assertThat(markdown).startsWith("## API changes: things\n");
        assertThat(markdown).contains("Old: old.txt. New: a.txt, b.txt.");
        assertThat(markdown).contains("| BREAKING | 1 |\n| WARNING | 1 |\n| INFO | 2 |\n");
        assertThat(markdown).containsSubsequence("### Breaking changes (1)", "### Other changes (2)",
                "### Lifecycle notes (1)");
        assertThat(markdown).doesNotContain("### Request and response shape");
        assertThat(markdown).contains(
                "- **BREAKING** GET /v1/things 1.1 -> 1.2, responses.200.items\\[\\].name: field removed\n");
        assertThat(markdown).contains("- **INFO** service 1.2, versions\\[1.2\\]: version 1.2 added (CURRENT)\n");
    }

    @Test
    void changesTheSameApartFromTheirOperationAreOneItemWithTheOperationsNestedBelow() throws TemplateException {
        String markdown = render(SampleReports.grouped());

        assertThat(markdown).contains("""
                ### Lifecycle notes (3)

                - **WARNING** 3 operations 1.1, lifecycle: deprecated, supported until 2026-05-31
                  - GET /v1/things
                  - POST /v1/things
                  - DELETE /v1/things/{thing_id}
                """);
        assertThat(markdown).as("the shape change before the rest, lifecycle notes last").containsSubsequence(
                "### Request and response shape (1)", "response ThingList -> ThingListV1Dot2", "### Other changes (1)",
                "### Lifecycle notes (3)");
        assertThat(markdown).containsOnlyOnce("deprecated, supported until");
    }

    @Test
    void aChangeIsOneListItemWhateverItsTextHolds() throws TemplateException {
        String markdown = render(SampleReports.mixed());

        String item = markdown.lines().filter(l -> l.contains("description changed")).findFirst().orElseThrow();
        // the line break inside the description does not end the item
        assertThat(item).startsWith("- **INFO** GET /v1/things 1.1, description: description changed: ")
                .endsWith("a \\| b \\<script>alert(1)\\</script> \\*bold\\* \\& \\[link\\](http://x) second line");
        assertThat(markdown).as("every < is escaped").doesNotContainPattern("(?<!\\\\)<");
    }

    @Test
    void underscoresInsideNamesStayReadable() throws TemplateException {
        DiffReport report = new DiffReport("things", DiffReport.Comparison.SNAPSHOTS, List.of(), List.of(),
                List.of(new io.scpgen.generator.diff.Change(io.scpgen.generator.diff.ChangeKind.FIELD_ADDED,
                        "GET /v1/things/{thing_id}", "1.0", "1.0", "responses.200.scp_gpu_driver", null, "string",
                        "field added: _private_")));

        String markdown = render(report);

        assertThat(markdown).contains("- **INFO** GET /v1/things/{thing_id} 1.0, responses.200.scp_gpu_driver:"
                + " field added: \\_private\\_\n");
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
    void aUserTemplateSeesTheChangeGroupsByPriorityWithTheirOperations() throws Exception {
        Path template = Files.writeString(temp.resolve("groups.mustache"), "{{#priorities}}{{priorityClass}}:"
                + "{{#changeGroups}} {{count}}x {{where}} [{{#operations}}{{.}};{{/operations}}]{{/changeGroups}}\n"
                + "{{/priorities}}");

        String text = Reports.render(SampleReports.grouped(), ReportFormat.MARKDOWN, template);

        assertThat(text).isEqualTo("""
                shape: 1x GET /v1/things [GET /v1/things;]
                other: 1x service []
                lifecycle: 3x 3 operations [GET /v1/things;POST /v1/things;DELETE /v1/things/{thing_id};]
                """);
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
