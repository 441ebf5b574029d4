package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.Block.Code;
import io.scpgen.generator.docs.Block.Heading;
import io.scpgen.generator.docs.Block.Paragraph;
import io.scpgen.generator.docs.Block.Row;
import io.scpgen.generator.docs.Block.Table;
import io.scpgen.generator.spec.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One operation's page of the English doc site, in the Docsy print-view structure, and the fixtures' pages. */
class HtmlPageReaderTest {

    private final HtmlPageReader reader = new HtmlPageReader();
    private final Diagnostics diagnostics = new Diagnostics();

    /** The 1.2 section of pending-images-list-1.3.txt with English labels, the example shortened. */
    private static final String ENGLISH_PAGE = """
            <!doctype html>
            <html lang="en">
            <head><title>List pending Images</title><script>var s = "<h1>1 - 9.9</h1>";</script></head>
            <body>
            <header><nav><a href="/">Samsung Cloud Platform</a></nav></header>
            <main role="main">
            <div class="td-content">
            <div class="pageinfo d-print-none"><p>This is the multi-page printable view of this section.</p></div>
            <h1 id="pg-2">2 - 1.2<a class="td-heading-self-link" href="#pg-2"></a></h1>
            <p><code>get /v1/pending-images</code></p>
            <h2 id="description">Description</h2>
            <p>Retrieve a list of images
            pending sharing.</p>
            <p><strong>State</strong><br>ACTIVE (SUPPORTED)</p>
            <table>
            <thead><tr><th>Version</th><th>Supported Until</th></tr></thead>
            <tbody><tr><td>1.2</td><td>20260831</td></tr></tbody>
            </table>
            <h2 id="parameters">Parameters</h2>
            <table class="table">
            <thead><tr><th>Type</th><th>Name</th><th>Description</th><th>Schema</th><th>Default</th></tr></thead>
            <tbody>
            <tr><td>query</td><td><strong>scp_image_type</strong><br><em>optional</em></td>
            <td>Image type<br>Example : <code>custom</code><br>Pattern : ^[a-z]*$<br>Maximum length : 63</td>
            <td>any of [string, null]</td><td>None</td></tr>
            <tr><td>body</td><td><strong>body</strong><br><em>required</em></td>
            <td colspan="3"><a href="#imageimportrequest">ImageImportRequest</a></td></tr>
            </tbody>
            </table>
            <h2 id="responses">Responses</h2>
            <table>
            <thead><tr><th>HTTP Code</th><th>Description</th><th>Schema</th></tr></thead>
            <tbody><tr><td>200</td><td>OK</td><td><a href="#imagelistresponsev1dot2">ImageListResponseV1Dot2</a></td></tr></tbody>
            </table>
            <h3 id="request-header">Request header</h3>
            <div class="highlight"><pre><code>"Scp-Accesskey = 2sd2gg=2agbdSD26svcD",
            "Scp-Api-Version = virtualserver 1.2"</code></pre></div>
            <h3 id="response-200">Response 200</h3>
            <div class="highlight"><pre><code class="language-json">
            {
              "images": [{"scp_gpu_driver": "535.183.06"}]
            }</code></pre></div>
            </div>
            </main>
            <footer><p>&copy; Samsung SDS</p></footer>
            </body>
            </html>
            """;

    @Test
    void readsTheBlocksOfAnOperationPageWithTheLinesOfTheirElements() {
        List<Block> blocks = read(ENGLISH_PAGE);

        assertThat(blocks).filteredOn(b -> !(b instanceof Table)).containsExactly(
                new Heading(9, "2", "1.2"),
                new Paragraph(10, "get /v1/pending-images"),
                new Heading(11, null, "Description"),
                new Paragraph(12, "Retrieve a list of images pending sharing."),
                new Paragraph(14, "State\nACTIVE (SUPPORTED)"),
                new Heading(19, null, "Parameters"),
                new Heading(30, null, "Responses"),
                new Heading(35, null, "Request header"),
                new Code(36, "headers", "\"Scp-Accesskey = 2sd2gg=2agbdSD26svcD\",\n"
                        + "\"Scp-Api-Version = virtualserver 1.2\"", true),
                new Heading(38, null, "Response 200"),
                new Code(40, "json", "{\n  \"images\": [{\"scp_gpu_driver\": \"535.183.06\"}]\n}", true));
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void readsTableCellsAsTheTextReadersGiveThem() {
        List<Table> tables = tables(read(ENGLISH_PAGE));

        assertThat(tables).extracting(Table::layout).containsExactly(
                TableLayout.VERSION_LIFECYCLE, TableLayout.PARAMETERS, TableLayout.RESPONSES);
        assertThat(tables.get(0)).isEqualTo(new Table(15, TableLayout.VERSION_LIFECYCLE,
                List.of("Version", "Supported Until"), List.of(new Row(17, List.of("1.2", "20260831")))));
        assertThat(tables.get(1).line()).isEqualTo(20);
        assertThat(tables.get(1).rows()).containsExactly(
                new Row(23, List.of("query", "scp_image_type\noptional",
                        "Image type\nExample : custom\nPattern : ^[a-z]*$\nMaximum length : 63",
                        "any of [string, null]", "None")),
                new Row(26, List.of("body", "body\nrequired", "ImageImportRequest", "", "")));
        assertThat(tables.get(2).rows()).extracting(Row::cells)
                .containsExactly(List.of("200", "OK", "ImageListResponseV1Dot2"));
    }

    @Test
    void recognizesHtmlByItsMarkupNeverByItsName() {
        assertThat(reader.recognizes(SourceDocument.of("page.txt", ENGLISH_PAGE))).isTrue();
        assertThat(reader.recognizes(SourceDocument.of("saved.html",
                "<!-- saved from url=(0042)https://example.com/ -->\n<HTML><body></body></HTML>"))).isTrue();
        assertThat(reader.recognizes(SourceDocument.of("fragment.html", "\n<table><tr><th>Type</th></tr></table>")))
                .isTrue();
        assertThat(reader.recognizes(SourceDocument.of("heading.htm", "<h1>1 - 1.3</h1>"))).isTrue();
        // a Markdown page that holds an HTML table starts with text; the pipe-table page has no markup at all
        assertThat(reader.recognizes(SourceDocument.of("notes.html", "1 - 1.3\n<table></table>"))).isFalse();
        assertThat(reader.recognizes(SourceDocument.of("x.html", "| Type | Name |\n|---|\n"))).isFalse();
    }

    @Test
    void theFixturePagesReadWithoutDiagnostics() throws IOException {
        for (String fixture : List.of(HtmlFixtures.PENDING_IMAGES, HtmlFixtures.REFERENCE_EXCERPT)) {
            SourceDocument page = SourceDocument.of(fixture,
                    Files.readString(HtmlFixtures.file(fixture), StandardCharsets.UTF_8));

            List<Block> blocks = reader.read(page, diagnostics);

            assertThat(reader.recognizes(page)).isTrue();
            assertThat(blocks).filteredOn(Table.class::isInstance).allSatisfy(t -> assertThat(((Table) t).layout())
                    .isNotNull());
            assertThat(blocks).filteredOn(b -> b instanceof Code c && c.language().equals("json")).isNotEmpty();
        }
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void theHtmlReaderIsTriedBeforeTheTextReaders() {
        assertThat(DocReaders.allLayouts().readerFor(SourceDocument.of("p.txt", ENGLISH_PAGE)))
                .hasValueSatisfying(r -> assertThat(r.layout()).isEqualTo("HTML page"));
        assertThat(DocReaders.allLayouts().readerFor(SourceDocument.of("p.html", "| a | b |\n|---|\n| 1 | 2 |")))
                .hasValueSatisfying(r -> assertThat(r.layout()).isEqualTo("pipe tables"));
    }

    private List<Block> read(String html) {
        return reader.read(SourceDocument.of("page.html", html), diagnostics);
    }

    private static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
