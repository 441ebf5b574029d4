package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void aLineBreakIsANewLineAndInlineMarkupAddsNothing() {
        assertThat(HtmlText.of(cell("<td><strong>image_id</strong><br><em>required</em></td>")))
                .isEqualTo("image_id\nrequired");
        assertThat(HtmlText.of(cell("<td>array[<a href=\"#keypair\">Keypair</a>]</td>"))).isEqualTo("array[Keypair]");
        assertThat(HtmlText.of(cell("<td>Example : <code>custom</code></td>"))).isEqualTo("Example : custom");
    }

    @Test
    void sourceLineBreaksAndNonBreakingSpacesAreSpaces() {
        assertThat(HtmlText.of(cell("<td>Retrieve a list\n    of images&nbsp;pending   sharing.</td>")))
                .isEqualTo("Retrieve a list of images pending sharing.");
    }

    @Test
    void blockElementsStartLinesAndBlankLinesAreDropped() {
        assertThat(HtmlText.of(cell("<td><p>Transfer ID</p><p>Example : 1ac231be</p><br><br></td>")))
                .isEqualTo("Transfer ID\nExample : 1ac231be");
        assertThat(HtmlText.of(cell("<td>  </td>"))).isEmpty();
    }

    @Test
    void aHeadingIsOneLine() {
        assertThat(HtmlText.oneLine(Jsoup.parse("<h1>1.1 -<br>Accept a volume transfer</h1>").selectFirst("h1")))
                .isEqualTo("1.1 - Accept a volume transfer");
    }

    private static Element cell(String html) {
        return Jsoup.parse("<table><tr>" + html + "</tr></table>").selectFirst("td");
    }
}
