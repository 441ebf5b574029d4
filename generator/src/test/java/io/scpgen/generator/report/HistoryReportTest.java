package io.scpgen.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scpgen.generator.diff.ChangeKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs' version history in the versions report, in every format and through a user's template. */
class HistoryReportTest {

    @TempDir
    Path temp;

    @Test
    void theFlagsAreWarningsAmongTheChangesAndCounted() {
        DiffReport report = HistoryReports.versions();

        assertThat(report.changes()).extracting(c -> c.kind()).contains(ChangeKind.HISTORY_CHANGE_NOT_FOUND,
                ChangeKind.BREAKING_CHANGE_NOT_IN_HISTORY);
        assertThat(report.count(io.scpgen.generator.diff.ChangeSeverity.WARNING)).isEqualTo(2);
        assertThat(report.history()).extracting(h -> h.version()).containsExactly("1.0", "1.1");
    }

    @Test
    void markdownHasAHistoryPerVersionBesideWhatWasComputed() throws Exception {
        String text = Reports.render(HistoryReports.versions(), ReportFormat.MARKDOWN, null);
        String history = text.substring(text.indexOf("### API version history in the docs"));

        assertThat(history).contains("#### 1.1\n\nAdds product categories \\| tags\n")
                .contains("| \\[New\\] ListProductTags API have been added. | GET /v1/product-tags | not found: no"
                        + " such operation in the docs |")
                .contains("| \\[Fixed\\] Typos in the \\*descriptions\\* fixed. |  | not checked: names no operation |")
                .contains("Computed by scpgen (3):")
                .contains("| BREAKING | GET /v1/products/{product_id} | 1.0 -> 1.1 | parameters.query.fields | query"
                        + " parameter fields removed |");
        assertThat(history.indexOf("#### 1.0")).isLessThan(history.indexOf("#### 1.1"));
    }

    @Test
    void htmlHasAWellFormedSectionPerVersion() throws Exception {
        Document page = HtmlReportTest.parse(Reports.render(HistoryReports.versions(), ReportFormat.HTML, null));

        assertThat(page.select("section.version-history").eachAttr("data-version")).containsExactly("1.0", "1.1");
        assertThat(page.select("section.version-history[data-version=1.1] tr.stated.not-found").eachText())
                .containsExactly("[New] ListProductTags API have been added. GET /v1/product-tags not found no such"
                        + " operation in the docs");
        assertThat(page.select("section.version-history[data-version=1.1] tr.computed")).hasSize(3);
        // the flags are changes like any other: in the groups, counted by the filters
        assertThat(page.select("tr.change")).hasSize(5);
    }

    @Test
    void jsonHasTheHistoryAfterTheChanges() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Reports.render(HistoryReports.versions(), ReportFormat.JSON, null));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("schema", "service", "comparison", "old", "new", "summary", "groups",
                "changes", "history");
        JsonNode notFound = json.get("history").get(1).get("stated").get(2);
        assertThat(notFound.toString()).isEqualTo("{\"tag\":\"New\",\"operation\":\"GET /v1/product-tags\",\"text\":"
                + "\"ListProductTags API have been added.\",\"match\":\"not-found\",\"note\":\"no such operation in the"
                + " docs\"}");
        assertThat(json.get("history").get(1).get("stated").get(3).get("operation").isNull()).isTrue();
    }

    @Test
    void aUserTemplateHasTheHistoryByItsDocumentedNames() throws Exception {
        Path template = Files.writeString(temp.resolve("history.mustache"), """
                {{#hasHistory}}{{#history}}{{version}}{{#hasSummary}} ({{summary}}){{/hasSummary}}: {{notFound}} not \
                found, {{computedCount}} computed{{#hasComputed}} [{{#computed}}{{kind}};{{/computed}}]{{/hasComputed}}
                {{#stated}}- {{tag}} {{operation}} {{text}} = {{match}}/{{matchClass}}{{#found}} ok{{/found}}\
                {{#notFound}} MISSING{{/notFound}}{{#notChecked}} skip{{/notChecked}}: {{note}} ({{statement}})
                {{/stated}}{{/history}}{{/hasHistory}}""");

        String text = Reports.render(HistoryReports.versions(), ReportFormat.MARKDOWN, template);

        assertThat(text).isEqualTo("""
                1.0 (Initial API release for Product): 0 not found, 0 computed
                - New GET /v1/products ListProducts API have been added. = found/found ok: documented from 1.0, the \
                first version (\\[New\\] ListProducts API have been added.)
                - New GET /v1/products/{product_id} ShowProduct API have been added. = found/found ok: documented from \
                1.0, the first version (\\[New\\] ShowProduct API have been added.)
                1.1 (Adds product categories \\| tags): 1 not found, 3 computed [operation-added;parameter-added;\
                parameter-removed;]
                - New GET /v1/product-categories ListProductCategories API have been added. = found/found ok: \
                operation added in 1.1 (\\[New\\] ListProductCategories API have been added.)
                - Changed GET /v1/products ListProducts query parameter added. = found/found ok: 1 change computed: \
                parameter-added (\\[Changed\\] ListProducts query parameter added.)
                - New GET /v1/product-tags ListProductTags API have been added. = not found/not-found MISSING: no \
                such operation in the docs (\\[New\\] ListProductTags API have been added.)
                - Fixed  Typos in the \\*descriptions\\* fixed. = not checked/not-checked skip: names no operation \
                (\\[Fixed\\] Typos in the \\*descriptions\\* fixed.)
                """);
    }

    @Test
    void aReportWithoutHistoryHasNoHistoryPart() throws Exception {
        DiffReport report = SampleReports.empty();

        assertThat(report.history()).isEmpty();
        assertThat(Reports.render(report, ReportFormat.MARKDOWN, null)).doesNotContain("history");
        assertThat(Reports.render(report, ReportFormat.HTML, null)).doesNotContain("history");
        assertThat(Reports.render(report, ReportFormat.JSON, null)).doesNotContain("history");
    }
}
