package io.scpgen.generator.docs.rules;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Rule: newer pipe pages split a long row over lines. The row's first line starts with {@code |} but does not end
 * with one and has fewer cells than the header; the lines after it continue the row up to the first that ends with
 * {@code |}.
 * <pre>
 * | Type | Name | Description | Schema | Default |
 * |---|
 * | query | display_name optional | Product Category Name Example : Networking
 * | array[any of [string, null]] | [] |
 *
 *   -> query | display_name optional | Product Category Name Example : Networking | array[any of [string, null]] | []
 * </pre>
 * A row is only joined when the joined row has no more cells than the header: a row that merely lacks its closing
 * {@code |} (it already has the header's cells, or the next line is a row of its own) stays the line it is.
 */
public final class SplitPipeRow {

    /**
     * A table row as written.
     *
     * @param text the row's lines joined by line breaks (one line when the row is not split)
     * @param next the index of the first line after the row
     */
    public record Joined(String text, int next) {
    }

    private SplitPipeRow() {
    }

    /**
     * The row whose first line is {@code lines.get(start)}, in a table of {@code columns} columns. A line for which
     * {@code endsTable} is true (a blank line, a heading, a new table) never continues a row.
     */
    public static Joined at(List<String> lines, int start, int columns, IntPredicate endsTable) {
        String first = lines.get(start);
        Joined alone = new Joined(first, start + 1);
        if (endsWithPipe(first) || cells(first) >= columns) {
            return alone;
        }
        StringBuilder text = new StringBuilder(first);
        int pipes = pipes(first);
        for (int i = start + 1; i < lines.size() && !endsTable.test(i); i++) {
            String line = lines.get(i);
            text.append('\n').append(line);
            pipes += pipes(line);
            boolean closes = endsWithPipe(line);
            // counted as the row grows, so a row that can no longer fit stops at once, not at the table's end
            if ((closes ? pipes - 1 : pipes) > columns) {
                return alone;
            }
            if (closes) {
                return new Joined(text.toString(), i + 1);
            }
        }
        return alone;
    }

    /** Whether the line ends with a cell separator: a {@code |} not escaped as {@code \|}. */
    static boolean endsWithPipe(CharSequence line) {
        String trimmed = line.toString().strip();
        return trimmed.endsWith("|") && !trimmed.endsWith("\\|");
    }

    /** The cells of a row's text: its unescaped pipes, less the closing one. */
    static int cells(CharSequence row) {
        int pipes = pipes(row);
        return endsWithPipe(row) ? pipes - 1 : pipes;
    }

    private static int pipes(CharSequence text) {
        int pipes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|' && (i == 0 || text.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes;
    }
}
