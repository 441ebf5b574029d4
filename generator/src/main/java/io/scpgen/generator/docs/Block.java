package io.scpgen.generator.docs;

import java.util.List;

/** What every reader turns a page into: the layout-free building blocks the parser reads. */
public sealed interface Block {

    /** The 1-based line in the source the block starts on. */
    int line();

    /**
     * A heading. {@code number} is the outline number ({@code 1.1.1} in {@code 1.1.1 - 1.1}), null for an
     * unnumbered heading such as a page title or a section label ({@code Parameters}).
     */
    record Heading(int line, String number, String text) implements Block {
        /** Outline depth: 1 for {@code 1}, 3 for {@code 1.1.1}, 0 when unnumbered. */
        public int depth() {
            return number == null ? 0 : number.split("\\.").length;
        }
    }

    /** Running text; several source lines are kept as several lines. */
    record Paragraph(int line, String text) implements Block {
    }

    /** A table: its header cells and its rows. {@code layout} is the table shape the reader recognized; null for a table of no known shape. */
    record Table(int line, TableLayout layout, List<String> header, List<Row> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** A table row; a cell can hold several lines. */
    record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** Cell {@code i}, or empty when the row is short. */
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /**
     * A code block: {@code json} (an example body), {@code headers} (an example request's header lines) or
     * {@code command} (a CLI command line with its options).
     *
     * @param complete false when the block ends before it closes (a JSON brace never closed)
     */
    record Code(int line, String language, String text, boolean complete) implements Block {
    }
}
