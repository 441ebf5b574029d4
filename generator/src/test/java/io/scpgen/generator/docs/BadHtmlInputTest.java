package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Severity;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed HTML pages give diagnostics with the file, the line and the element's path; never an exception. */
class BadHtmlInputTest {

    @TempDir
    Path temp;

    @Test
    void aPageWithoutAnyApiSectionIsReportedAtItsContent() throws IOException {
        Path page = write("about.html", """
                <!doctype html>
                <html><body>
                <nav><a href="/">Home</a> <a href="/apireference/">1 - APIs</a></nav>
                <main>
                <h1>About the API reference</h1>
                <p>The reference lists every operation of the service.</p>
                </main>
                </body></html>
                """);

        SpecFromDocs.Result result = load(page);

        assertThat(result.specs()).isEmpty(); // nothing of a service was read
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo(page.toString());
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).startsWith("main: no numbered heading and no table in the page's content:"
                    + " expected the print view of an API page");
        });
        assertThat(errors(result)).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("no API section found: expected"));
    }

    @Test
    void aPageCutInTheMiddleOfATableIsReportedAtTheTable() throws IOException {
        List<String> lines = fixtureLines(HtmlFixtures.REFERENCE_EXCERPT);
        int cut = lines.indexOf("                    <td>Transfer ID<br>Example : 1ac231be-823b-4a4d-8ff0-aac503a7118a</td>");
        Path page = write("cut.html", String.join("\n", lines.subList(0, cut)));

        SpecFromDocs.Result result = load(page);

        assertThat(errors(result)).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo(page.toString());
            assertThat(d.line()).isEqualTo(lines.subList(0, cut).lastIndexOf("              <table class=\"table\">") + 1);
            assertThat(d.message()).isEqualTo("main > div[4] > table[2]: the page ends inside this <table> at line "
                    + cut + ", before its </table>: expected the complete page; it was cut off and what followed"
                    + " is missing");
        });
        // what came before the cut is still read: the first version section of Accept a volume transfer
        assertThat(result.spec().operations()).singleElement()
                .satisfies(o -> assertThat(o.variants()).extracting(v -> v.version()).containsExactly("1.1"));
    }

    @Test
    void aPageCutInsideAJsonExampleIsReportedAtTheExample() throws IOException {
        List<String> lines = fixtureLines(HtmlFixtures.PENDING_IMAGES);
        int cut = lines.indexOf("</span></span><span class=\"line\"><span class=\"cl\">\"os_hidden\": false,");
        Path page = write("cut-json.html", String.join("\n", lines.subList(0, cut)));

        SpecFromDocs.Result result = load(page);

        assertThat(errors(result)).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .startsWith("main > div > div[3] > pre: the page ends inside this <pre> at line " + cut + ", before"));
        assertThat(errors(result)).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .startsWith("JSON example is cut off: expected its brackets to close"));
    }

    @Test
    void aTableWithAMissingColumnIsReportedWithItsPath() throws IOException {
        Path page = write("missing-column.html", """
                <main>
                <h1>1 - 1.3</h1>
                <p>get /v1/pending-images</p>
                <p>State ACTIVE (CURRENT)</p>
                <h2>Parameters</h2>
                <table>
                <thead><tr><th>Type</th><th>Name</th><th>Description</th><th>Default</th></tr></thead>
                <tbody><tr><td>query</td><td>limit<br>optional</td><td>Count</td><td>20</td></tr></tbody>
                </table>
                <h2>Responses</h2>
                <table>
                <thead><tr><th>HTTP Code</th><th>Description</th><th>Schema</th></tr></thead>
                <tbody>
                <tr><td>200</td><td>OK</td><td>None</td></tr>
                <tr><td>400</td><td>Bad Request</td></tr>
                </tbody>
                </table>
                </main>
                """);

        SpecFromDocs.Result result = load(page);

        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING)
                .extracting(Diagnostic::format).contains(
                        page + ":6: warning: main > table[1]: table with unknown columns [Type, Name, Description,"
                                + " Default]: expected the columns of a parameter, response, model, version or"
                                + " environment table; the table is left out",
                        page + ":15: warning: main > table[2] > tbody > tr[2]: row has 2 cells, the header 3"
                                + " [HTTP Code, Description, Schema]: expected one cell per column; missing cells"
                                + " are read as empty");
        assertThat(result.spec().operations()).singleElement().satisfies(o -> {
            assertThat(o.variants().get(0).parameters()).isEmpty();
            assertThat(o.variants().get(0).responses()).extracting(r -> r.status()).containsExactly("200", "400");
        });
    }

    @Test
    void markupThatIsNotAPageAtAllGivesDiagnosticsNotExceptions() throws IOException {
        for (String markup : List.of("<html>", "<table><tr><td>", "<h1>1 - 1.3</h1><table><thead><tr><th>Type",
                "<div><pre><code>{\"a\": [", "<main><table><tr><td colspan=\"x\">1</td><td colspan=\"99999\">2")) {
            SpecFromDocs.Result result = load(write("broken.html", markup));

            assertThat(result.diagnostics()).as(markup).isNotEmpty();
        }
    }

    private List<String> fixtureLines(String fixture) throws IOException {
        return Files.readAllLines(HtmlFixtures.file(fixture), StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static SpecFromDocs.Result load(Path file) {
        return SpecFromDocs.withAllReaders().load(List.of(file), "things"); // the snippets name no service
    }

    private static List<Diagnostic> errors(SpecFromDocs.Result result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
