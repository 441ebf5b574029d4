package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import java.util.List;

/** A reader of a text layout: the shared {@link TextScanner} with the layout's own way of telling tables. */
abstract class TextLayoutReader implements DocReader {

    private final TextScanner scanner;

    TextLayoutReader(TableRecognizer tables) {
        this.scanner = new TextScanner(tables);
    }

    @Override
    public final List<Block> read(SourceDocument document, Diagnostics diagnostics) {
        return scanner.scan(document, diagnostics);
    }

    /** Reads in parts of about {@code partLines} lines: tests use small parts to start parts at many headings. */
    final List<Block> read(SourceDocument document, Diagnostics diagnostics, int partLines) {
        return scanner.scan(document, diagnostics, partLines);
    }
}
