package io.scpgen.generator.docs;

import java.util.List;

/**
 * Reads the command-line reference layout: a command ({@code scp-cli virtualserver image member list}) with its
 * option lines, then flattened option and response-field tables.
 */
public final class CliReferenceReader extends TextLayoutReader {

    public CliReferenceReader() {
        super(new FlattenedTableRecognizer(List.of(
                TableLayout.CLI_OPTIONS, TableLayout.CLI_FIELDS, TableLayout.VERSION_LIFECYCLE)));
    }

    @Override
    public String layout() {
        return "command-line reference";
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return document.lines().stream().anyMatch(l -> LineShapes.isCliCommand(l));
    }
}
