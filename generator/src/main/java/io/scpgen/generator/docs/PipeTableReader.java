package io.scpgen.generator.docs;

import java.util.List;
import java.util.stream.IntStream;

/** Reads pages whose tables are pipe tables, such as the single-endpoint pages of the newer snapshot. */
public final class PipeTableReader extends TextLayoutReader {

    public PipeTableReader() {
        super(new PipeTableRecognizer());
    }

    @Override
    public String layout() {
        return "pipe tables";
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        List<String> lines = document.lines();
        return IntStream.range(0, lines.size()).anyMatch(i -> PipeTableRecognizer.startsTable(lines, i));
    }
}
