package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.Block.Row;
import io.scpgen.generator.docs.Block.Table;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlTableReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void aModelTableGivesTheCellsOfTheFlattenedLayout() {
        // virtualserver-api-reference-print-1.1.txt, 2.40 KeypairListResponse: the description cell is empty
        Table table = read("""
                <table>
                <thead><tr><th>Name</th><th>Description</th><th>Schema</th><th>Default</th></tr></thead>
                <tbody><tr><td>keypairs<br>required</td><td></td><td>array[<a href="#keypair">Keypair</a>]</td><td></td></tr></tbody>
                </table>
                """);

        assertThat(table).isEqualTo(new Table(1, TableLayout.MODEL_FIELDS,
                List.of("Name", "Description", "Schema", "Default"),
                List.of(new Row(3, List.of("keypairs\nrequired", "", "array[Keypair]", "")))));
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void aFirstRowOfHeaderCellsIsTheHeaderWhenThereIsNoThead() {
        Table table = read("<table><tr><th>버전</th><th>최소 지원 보장일</th></tr><tr><td>1.1</td><td>20260531</td></tr></table>");

        assertThat(table.layout()).isEqualTo(TableLayout.VERSION_LIFECYCLE);
        assertThat(table.rows()).extracting(Row::cells).containsExactly(List.of("1.1", "20260531"));
    }

    @Test
    void aSpanningCellKeepsTheCellsAfterItUnderTheirHeaders() {
        Table table = read("""
                <table><thead><tr><th>Type</th><th>Name</th><th>Description</th><th>Schema</th><th>Default</th></tr></thead>
                <tbody><tr><td colspan="2">body required</td><td>Import request</td><td>ImageImportRequest</td><td>None</td></tr></tbody>
                </table>
                """);

        assertThat(table.rows().get(0).cells())
                .containsExactly("body required", "", "Import request", "ImageImportRequest", "None");
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void theRowsOfANestedTableAreNotRowsOfTheOuterOne() {
        Table table = read("""
                <table><thead><tr><th>HTTP Code</th><th>Description</th><th>Schema</th></tr></thead>
                <tbody><tr><td>200</td><td>OK<table><tr><td>inner</td></tr></table></td><td>None</td></tr></tbody>
                </table>
                """);

        assertThat(table.rows()).extracting(Row::cells).containsExactly(List.of("200", "OK\ninner", "None"));
    }

    @Test
    void aTableWithoutAHeaderIsReportedAtItsPath() {
        Table table = read("<table><tr><td>1.1</td><td>20260531</td></tr></table>");

        assertThat(table.layout()).isNull();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("page.html:1: warning: main >"
                + " table: table without a header row: expected the columns of a parameter, response, model, version"
                + " or environment table; the table is left out");
    }

    private Table read(String html) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput("<main>" + html + "</main>", "");
        ElementDiagnostics report = new ElementDiagnostics("page.html", page.selectFirst("main"), diagnostics);
        return new HtmlTableReader(report).read(page.selectFirst("table"));
    }
}
