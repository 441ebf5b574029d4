package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import java.util.List;
import java.util.Optional;

/** The part of a text reader that is specific to a layout: where tables start, and how their rows split into cells. */
interface TableRecognizer {

    /** A table read from the source, and the index of the first line after it. */
    record Found(Block.Table table, int next) {
    }

    /** Whether a table starts at line index {@code index}: what {@link #tableAt} tells without reading it. */
    boolean startsAt(List<String> lines, int index);

    /** Reads a table starting at line index {@code index} (0-based), or empty when no table starts there. */
    Optional<Found> tableAt(SourceDocument document, int index, Diagnostics diagnostics);
}
