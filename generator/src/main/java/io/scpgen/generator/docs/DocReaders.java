package io.scpgen.generator.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Picks the reader for a page by sniffing its content: the most specific layout first. */
public final class DocReaders {

    private final List<DocReader> readers;

    public DocReaders(List<DocReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The text layouts: command-line reference, pipe tables, flattened text. */
    public static DocReaders textLayouts() {
        return new DocReaders(List.of(new CliReferenceReader(), new PipeTableReader(), new FlattenedTextReader()));
    }

    /** Every layout: HTML pages of the doc site first (they are known by their markup), then the text layouts. */
    public static DocReaders allLayouts() {
        return textLayouts().withFirst(new HtmlPageReader());
    }

    /** A copy that tries {@code reader} before the others (the HTML reader plugs in here). */
    public DocReaders withFirst(DocReader reader) {
        List<DocReader> all = new ArrayList<>();
        all.add(reader);
        all.addAll(readers);
        return new DocReaders(all);
    }

    public Optional<DocReader> readerFor(SourceDocument document) {
        return readers.stream().filter(r -> r.recognizes(document)).findFirst();
    }
}
