package io.scpgen.generator.docs;

import java.util.List;

/**
 * Reads the flattened print view: an HTML page's text with table cells run together ({@code querylimit},
 * {@code stringNone}) and cell values over several lines.
 */
public final class FlattenedTextReader extends TextLayoutReader {

    private static final List<TableLayout> LAYOUTS = List.of(TableLayout.PARAMETERS, TableLayout.MODEL_FIELDS,
            TableLayout.RESPONSES, TableLayout.VERSION_LIFECYCLE, TableLayout.SERVICE_VERSIONS, TableLayout.ENVIRONMENTS);

    private final FlattenedTableRecognizer tables;

    public FlattenedTextReader() {
        this(new FlattenedTableRecognizer(LAYOUTS));
    }

    private FlattenedTextReader(FlattenedTableRecognizer tables) {
        super(tables);
        this.tables = tables;
    }

    @Override
    public String layout() {
        return "flattened text";
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return document.lines().stream().anyMatch(tables::isHeader);
    }
}
