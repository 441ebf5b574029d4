package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.Diagnostics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A long page is scanned in parts that start at numbered headings. Whatever the part size, and wherever lines
 * around the part starts are dropped, repeated or moved, the parts give the blocks and diagnostics of one scan.
 */
class TextScannerPartsTest {

    private static final DocReaders TEXT_LAYOUTS = DocReaders.textLayouts();

    @Example
    void theReferencePageIsCutAtNumberedHeadingsAboutAPartApart() throws IOException {
        List<String> lines = seed(0).lines();

        List<Integer> starts = TextScanner.partStarts(lines, TextScanner.PART_LINES);

        assertThat(starts).hasSizeGreaterThanOrEqualTo(lines.size() / TextScanner.PART_LINES - 1).startsWith(0);
        for (int k = 1; k < starts.size(); k++) {
            assertThat(lines.get(starts.get(k))).matches("\\d+(\\.\\d+)* - \\S.*");
            assertThat(starts.get(k) - starts.get(k - 1)).isGreaterThanOrEqualTo(TextScanner.PART_LINES);
        }
    }

    @Example
    void aShortPageIsOnePart() throws IOException {
        assertThat(TextScanner.partStarts(seed(1).lines(), TextScanner.PART_LINES)).containsExactly(0);
    }

    @Property(tries = 30)
    void everySeedReadsTheSameInPartsOfAnySize(@ForAll @IntRange(min = 0, max = 4) int seed,
                                                @ForAll @IntRange(min = 1, max = 3000) int partLines)
            throws IOException {
        assertSameAsOneScan(seed(seed), partLines);
    }

    @Property(tries = 200, seed = "20261125")
    void linesMovedAroundPartStartsReadTheSameInParts(@ForAll @IntRange(min = 0, max = 4) int seed,
                                                       @ForAll("edits") List<Edit> edits) throws IOException {
        SourceDocument original = seed(seed);
        List<String> lines = new ArrayList<>(original.lines());
        List<Integer> starts = TextScanner.partStarts(lines, 1);
        for (Edit edit : edits) {
            int near = starts.get(edit.start() % starts.size()) + edit.offset();
            int at = Math.max(0, Math.min(lines.size() - 1, near));
            switch (edit.kind()) {
                case DROP -> lines.remove(at);
                case REPEAT -> lines.add(at, lines.get(at));
                case MOVE -> lines.add(at, lines.get(Math.floorMod(at * 31 + edit.offset(), lines.size())));
            }
        }
        assertSameAsOneScan(new SourceDocument(original.name(), lines), 1);
    }

    enum Kind { DROP, REPEAT, MOVE }

    record Edit(Kind kind, int start, int offset) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(-4, 4)).as(Edit::new).list().ofMinSize(1).ofMaxSize(6);
    }

    private static void assertSameAsOneScan(SourceDocument document, int partLines) {
        TextLayoutReader reader = (TextLayoutReader) TEXT_LAYOUTS.readerFor(document).orElseThrow();
        Diagnostics whole = new Diagnostics();
        Diagnostics inParts = new Diagnostics();

        List<Block> expected = reader.read(document, whole, document.lineCount() + 1);
        List<Block> actual = reader.read(document, inParts, partLines);

        assertThat(actual).isEqualTo(expected);
        assertThat(inParts.sorted()).isEqualTo(whole.sorted());
    }

    private static SourceDocument seed(int index) throws IOException {
        String name = SeedDocs.ALL.get(index);
        return SourceDocument.load(SeedDocs.file(name), name, new Diagnostics()).orElseThrow();
    }
}
