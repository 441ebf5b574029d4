package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import java.util.List;

/**
 * Reads the flattened print view: an HTML page's text with table cells run together ({@code querylimit},
 * {@code stringNone}) and cell values over several lines.
 */
public final class FlattenedTextReader implements DocReader {

    private final FlattenedTableRecognizer tables = new FlattenedTableRecognizer(List.of(
            TableLayout.PARAMETERS, TableLayout.MODEL_FIELDS, TableLayout.RESPONSES,
            TableLayout.VERSION_LIFECYCLE, TableLayout.SERVICE_VERSIONS, TableLayout.ENVIRONMENTS));
    private final TextScanner scanner = new TextScanner(tables);

    @Override
    public String layout() {
        return "flattened text";
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return document.lines().stream().anyMatch(tables::isHeader);
    }

    @Override
    public List<Block> read(SourceDocument document, Diagnostics diagnostics) {
        return scanner.scan(document, diagnostics);
    }
}
