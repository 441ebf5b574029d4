package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import java.util.List;

/** Reads one layout of the docs into blocks. Readers are chosen by what a page contains, never by its file name. */
public interface DocReader {

    /** A short name for the layout, used in diagnostics. */
    String layout();

    /** Whether the page is in this reader's layout. */
    boolean recognizes(SourceDocument document);

    List<Block> read(SourceDocument document, Diagnostics diagnostics);
}
