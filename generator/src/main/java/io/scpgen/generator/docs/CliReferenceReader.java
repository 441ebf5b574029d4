package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import java.util.List;

/**
 * Reads the command-line reference layout: a command ({@code scp-cli virtualserver image member list}) with its
 * option lines, then flattened option and response-field tables.
 */
public final class CliReferenceReader implements DocReader {

    private final TextScanner scanner = new TextScanner(new FlattenedTableRecognizer(List.of(
            TableLayout.CLI_OPTIONS, TableLayout.CLI_FIELDS, TableLayout.VERSION_LIFECYCLE)));

    @Override
    public String layout() {
        return "command-line reference";
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return document.lines().stream().anyMatch(l -> LineShapes.CLI_COMMAND.matcher(l.trim()).matches());
    }

    @Override
    public List<Block> read(SourceDocument document, Diagnostics diagnostics) {
        return scanner.scan(document, diagnostics);
    }
}
