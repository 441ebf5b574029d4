package io.scpgen.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    /** Parses with jsoup, failing on any parse error: the page is well-formed HTML. */
    static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = parser.parseInput(html, "");
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        return document;
    }

    @Test
    void aWellFormedPageWithTheSummaryTable() throws TemplateException {
        Document page = parse(Reports.render(SampleReports.mixed(), ReportFormat.HTML, null));

        assertThat(page.title()).isEqualTo("API changes: things");
        Elements summary = page.select("table.summary tbody tr");
        assertThat(summary.eachText()).containsExactly("BREAKING 1", "WARNING 1", "INFO 2");
        assertThat(page.select("table.summary tfoot").text()).isEqualTo("Total 4");
    }

    @Test
    void theSummaryListsTheShapeChangeFirstAndTheLifecycleNotesLastInOneRowWithTheOperationsInADetails()
            throws TemplateException {
        Document page = parse(Reports.render(SampleReports.grouped(), ReportFormat.HTML, null));

        assertThat(page.select("section.priority h3").eachText()).containsExactly("Request and response shape 1",
                "Other changes 1", "Lifecycle notes 3");
        Elements rows = page.select("section.priority tr.group");
        assertThat(rows).hasSize(3);
        Elements shape = rows.first().select("td");
        assertThat(shape.eachText()).startsWith("INFO", "GET /v1/things", "1.1 -> 1.2", "responses.200");
        assertThat(shape.get(4).ownText()).isEqualTo("response ThingList -> ThingListV1Dot2 (+ items[].size)");
        Element deprecated = rows.last();
        assertThat(deprecated.attr("data-count")).isEqualTo("3");
        assertThat(deprecated.attr("data-severity")).isEqualTo("warning");
        assertThat(deprecated.select("details.operations > summary").text()).isEqualTo("3 operations");
        assertThat(deprecated.select("details.operations li").eachText()).containsExactly("GET /v1/things",
                "POST /v1/things", "DELETE /v1/things/{thing_id}");
        assertThat(page.select("section.priority details.operations")).as("only grouped rows").hasSize(1);
    }

    @Test
    void changesAreGroupedByOperationWithTheServiceFirst() throws TemplateException {
        Document page = parse(Reports.render(SampleReports.mixed(), ReportFormat.HTML, null));

        assertThat(page.select("section.operation h2 code").eachText())
                .containsExactly("service", "GET /v1/things", "POST /v1/things");
        Element removed = page.select("tr.change[data-severity=breaking]").first();
        assertThat(removed).isNotNull();
        assertThat(removed.attr("data-versions")).isEqualTo("1.1 1.2");
        assertThat(removed.select("td").eachText()).startsWith("BREAKING", "1.1 -> 1.2", "responses.200.items[].name");
    }

    @Test
    void filtersBySeverityAndVersion() throws TemplateException {
        Document page = parse(Reports.render(SampleReports.mixed(), ReportFormat.HTML, null));

        assertThat(page.select("#filters input[name=severity]").eachAttr("value"))
                .containsExactly("breaking", "warning", "info");
        assertThat(page.select("#version option").eachText()).containsExactly("all versions", "1.1", "1.2");
        assertThat(page.select("script").html()).contains("addEventListener('change', apply)");
    }

    @Test
    void selfContainedWithNothingLoadedFromTheNetwork() throws TemplateException {
        Document page = parse(Reports.render(SampleReports.mixed(), ReportFormat.HTML, null));

        assertThat(page.select("[src], [href], link, iframe, img, object, embed, base")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("style").html()).doesNotContain("url(", "@import");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").html()).doesNotContain("http", "fetch", "XMLHttpRequest");
    }

    @Test
    void textFromTheDocsIsEscapedNotMarkup() throws TemplateException {
        Document page = parse(Reports.render(SampleReports.mixed(), ReportFormat.HTML, null));

        assertThat(page.select("script")).hasSize(1);
        Element row = page.select("tr.change[data-severity=info]").last();
        assertThat(row.select("td").get(3).ownText()).contains(SampleReports.TRICKY_DESCRIPTION.replace('\n', ' '));
        assertThat(row.select("details dd").eachText()).containsExactly("Lists things.",
                SampleReports.TRICKY_DESCRIPTION.replace('\n', ' '));
    }

    @Test
    void noChangesSaysSoWithoutFilters() throws TemplateException {
        Document page = parse(Reports.render(SampleReports.empty(), ReportFormat.HTML, null));

        assertThat(page.select(".none").text()).isEqualTo("No changes.");
        assertThat(page.select("#filters")).isEmpty();
        assertThat(page.select("section.priorities")).isEmpty();
        assertThat(page.select("table.summary tbody tr").eachText()).containsExactly("BREAKING 0", "WARNING 0",
                "INFO 0");
    }
}
