package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** A page's text cut into lines: every kind of line end, a byte-order mark, a final line end. */
class SourceDocumentTest {

    @Example
    void everyKindOfLineEndEndsALine() {
        assertThat(SourceDocument.of("p", "a\r\nb\rc\nd").lines()).containsExactly("a", "b", "c", "d");
    }

    @Example
    void aFinalLineEndLeavesAnEmptyLastLineAndLineNumbersMatchTheFile() {
        SourceDocument document = SourceDocument.of("p", "\uFEFFfirst\n\nthird\n");

        assertThat(document.lines()).containsExactly("first", "", "third", "");
        assertThat(document.line(3)).isEqualTo("third");
    }

    @Example
    void aCarriageReturnBeforeALineFeedIsOneLineEnd() {
        assertThat(SourceDocument.of("p", "\r\r\n").lines()).containsExactly("", "", "");
        assertThat(SourceDocument.of("p", "").lines()).containsExactly("");
    }

    @Property(tries = 500)
    void linesAreThoseOfTheLineEndPattern(@ForAll @Chars({'\r', '\n', ' '}) @CharRange(from = 'a', to = 'c')
                                          @StringLength(max = 40) String text) {
        assertThat(SourceDocument.of("p", text).lines()).isEqualTo(List.of(text.split("\r\n|\r|\n", -1)));
    }
}
