package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class CutOffPageTest {

    @Test
    void aPageCutInATableEndsInsideTheTable() {
        assertThat(cutInside("<html><body><main><h1>1 - 1.3</h1><table><tbody><tr><td>query</td><td>lim"))
                .hasValueSatisfying(e -> assertThat(e.normalName()).isEqualTo("table"));
    }

    @Test
    void aPageCutInAHighlightedExampleEndsInsideThePreNotItsSpans() {
        assertThat(cutInside("<html><body><div class=\"highlight\"><pre><code><span class=\"line\">"
                + "<span class=\"cl\">{\n\"images\": ["))
                .hasValueSatisfying(e -> assertThat(e.normalName()).isEqualTo("pre"));
    }

    @Test
    void aPageCutBetweenParagraphsEndsInsideTheirSection() {
        assertThat(cutInside("<html><body><div class=\"td-content\"><h1>1 - 1.3</h1><p>get /v1/images"))
                .hasValueSatisfying(e -> assertThat(e.className()).isEqualTo("td-content"));
    }

    @Test
    void aCompletePageIsNotCutEvenWithoutItsOptionalEndTags() {
        assertThat(cutInside("<html><body><main><h1>1 - 1.3</h1><p>get /v1/images</main></body></html>")).isEmpty();
        // </p>, </li>, </td>, </tr>, </body> and </html> may all be left out
        assertThat(cutInside("<html><body><ul><li>one<li>two</ul><table><tr><td>1<td>2</table><p>end")).isEmpty();
    }

    private static Optional<Element> cutInside(String html) {
        return CutOffPage.cutInside(Parser.htmlParser().setTrackPosition(true).parseInput(html, ""));
    }
}
