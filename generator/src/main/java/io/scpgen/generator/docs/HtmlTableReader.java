package io.scpgen.generator.docs;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads a {@code <table>} into a table block: the header cells of its {@code <thead>} row (or of a first row of
 * {@code <th>} cells), then one row per {@code <tr>} with one cell per {@code <td>}. A cell that spans columns
 * ({@code colspan}) is followed by empty cells, so the cells after it stay under their headers. Nested tables are
 * not rows of this one.
 */
final class HtmlTableReader {

    private final ElementDiagnostics diagnostics;

    HtmlTableReader(ElementDiagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Block.Table read(Element table) {
        List<Element> rows = rowsOf(table);
        Element headerRow = rows.isEmpty() ? null : headerRow(rows.get(0));
        List<String> header = headerRow == null ? List.of() : cells(headerRow).stream()
                .map(h -> h.replace('\n', ' ')).toList();
        TableLayout layout = TableLayout.forHeader(header).orElse(null);
        if (layout == null) {
            diagnostics.warn(table, TableLayout.unknownHeaderMessage(header) + "; the table is left out");
        }
        List<Block.Row> body = new ArrayList<>();
        for (Element row : rows) {
            if (row == headerRow) {
                continue;
            }
            List<String> cells = cells(row);
            if (layout != null && cells.size() != header.size()) {
                diagnostics.warn(row, "row has " + cells.size() + " cells, the header " + header.size() + " "
                        + header + ": expected one cell per column; missing cells are read as empty");
            }
            body.add(new Block.Row(ElementPath.line(row), cells));
        }
        return new Block.Table(ElementPath.line(table), layout, header, body);
    }

    /** The table's own rows, in order: those of its head, bodies and foot, and any directly under it. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                child.children().stream().filter(r -> r.nameIs("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    /** The first row when it is in {@code <thead>} or made of {@code <th>} cells only; else the table has none. */
    private static Element headerRow(Element first) {
        boolean inHead = first.parent() != null && first.parent().nameIs("thead");
        boolean allHeaderCells = !first.children().isEmpty()
                && first.children().stream().allMatch(c -> c.nameIs("th"));
        return inHead || allHeaderCells ? first : null;
    }

    private static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            if (cell.nameIs("td") || cell.nameIs("th")) {
                cells.add(HtmlText.of(cell));
                for (int span = columnSpan(cell); span > 1; span--) {
                    cells.add("");
                }
            }
        }
        return cells;
    }

    private static int columnSpan(Element cell) {
        try {
            return Math.min(Math.max(Integer.parseInt(cell.attr("colspan").trim()), 1), 1000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
