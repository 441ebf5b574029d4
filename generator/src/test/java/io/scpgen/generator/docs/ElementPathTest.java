package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ElementPathTest {

    private final Document page = Parser.htmlParser().setTrackPosition(true).parseInput("""
            <html><body>
            <main>
            <div class="td-content"><h1>1 - 1.3</h1></div>
            <div class="td-content">
              <h1>2 - 1.2</h1>
              <table id="versions"></table>
              <table>
                <tr><td>200</td></tr>
                <tr><td>400</td></tr>
              </table>
            </div>
            </main>
            </body></html>
            """, "");
    private final Element main = page.selectFirst("main");

    @Test
    void aPathNumbersOnlyTagsThatRepeatAmongTheirSiblings() {
        Element row = page.select("tr").get(1);

        assertThat(ElementPath.of(row, main)).isEqualTo("main > div[2] > table[2] > tbody > tr[2]");
        assertThat(ElementPath.of(page.select("h1").get(1), main)).isEqualTo("main > div[2] > h1");
    }

    @Test
    void anElementOutsideTheContentIsPathedFromTheDocument() {
        assertThat(ElementPath.of(page.body(), main)).isEqualTo("html > body");
    }

    @Test
    void theLineIsTheElementsSourceLine() {
        assertThat(ElementPath.line(page.select("tr").get(1))).isEqualTo(9);
        // the page has no <tbody>: the parser made one up where the first row starts
        assertThat(ElementPath.line(page.select("tbody").get(0))).isEqualTo(8);
        assertThat(ElementPath.line(page.select("td").get(0).textNodes().get(0))).isEqualTo(8);
    }
}
