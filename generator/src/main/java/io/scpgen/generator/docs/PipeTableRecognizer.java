package io.scpgen.generator.docs;

import io.scpgen.generator.docs.rules.SplitPipeRow;
import io.scpgen.generator.spec.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pipe tables ({@code | Type | Name | ... |}): a header row, a separator row, then one row a line, or over several
 * lines ({@link SplitPipeRow}). The separator may have any number of columns ({@code |---|} alone is common in the
 * English pages).
 */
final class PipeTableRecognizer implements TableRecognizer {

    private static final Pattern SEPARATOR = Pattern.compile("^\\|(\\s*:?-{3,}:?\\s*\\|)+\\s*$");

    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

    @Override
    public boolean startsAt(List<String> lines, int index) {
        return startsTable(lines, index);
    }

    static boolean startsTable(List<String> lines, int index) {
        return index + 1 < lines.size() && lines.get(index).trim().startsWith("|")
                && SEPARATOR.matcher(lines.get(index + 1).trim()).matches();
    }

    @Override
    public Optional<Found> tableAt(SourceDocument document, int index, Diagnostics diagnostics) {
        List<String> lines = document.lines();
        if (!startsTable(lines, index)) {
            return Optional.empty();
        }
        List<String> header = cells(lines.get(index));
        List<Block.Row> rows = new ArrayList<>();
        int i = index + 2;
        while (i < lines.size() && lines.get(i).trim().startsWith("|")) {
            // a row split over lines is one row, numbered by its first line
            SplitPipeRow.Joined row = SplitPipeRow.at(lines, i, header.size(), next -> endsTable(lines, next));
            rows.add(new Block.Row(i + 1, cells(row.text())));
            i = row.next();
        }
        TableLayout layout = TableLayout.forHeader(header).orElse(null);
        if (layout == null) {
            diagnostics.warn(document.name(), index + 1, TableLayout.unknownHeaderMessage(header));
        }
        return Optional.of(new Found(new Block.Table(index + 1, layout, header, rows), i));
    }

    /** A line that no row continues into: a blank line, a new part of the page, a status line, a new table. */
    private static boolean endsTable(List<String> lines, int index) {
        String line = lines.get(index);
        return line.isBlank() || LineShapes.startsPart(line) || LineShapes.startsStatus(lines, index)
                || startsTable(lines, index);
    }

    /** Splits {@code | a | b |} into its cells; {@code \|} stands for a pipe inside a cell. */
    static List<String> cells(String line) {
        String trimmed = line.trim();
        if (trimmed.startsWith("|")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(trimmed, -1)) {
            cells.add(cell.replace("\\|", "|").trim());
        }
        return cells;
    }
}
