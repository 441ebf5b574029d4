package io.scpgen.generator.docs;

import io.scpgen.generator.docs.rules.PrintViewNotice;
import io.scpgen.generator.spec.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.stream.IntStream;

/**
 * Turns the lines of a text page into blocks. The parts every text layout shares live here; what differs between
 * layouts (how a table looks) comes from a {@link TableRecognizer}.
 */
final class TextScanner {

    /** Pages longer than this are scanned in parts of about this many lines. */
    static final int PART_LINES = 2000;

    private final TableRecognizer tables;

    TextScanner(TableRecognizer tables) {
        this.tables = tables;
    }

    /**
     * The page's blocks. A long page is scanned in parts of about {@link #PART_LINES} lines, in parallel. Parts
     * start at numbered headings, and every kind of block ends before a numbered heading, so the parts give the
     * blocks a scan of the whole page would.
     */
    List<Block> scan(SourceDocument document, Diagnostics diagnostics) {
        return scan(document, diagnostics, PART_LINES);
    }

    List<Block> scan(SourceDocument page, Diagnostics diagnostics, int partLines) {
        SourceDocument document = withoutPrintViewNotice(page);
        List<Integer> starts = partStarts(document.lines(), partLines);
        return IntStream.range(0, starts.size()).parallel()
                .mapToObj(k -> scanPart(document, starts.get(k),
                        k + 1 < starts.size() ? starts.get(k + 1) : document.lineCount(), diagnostics))
                .flatMap(List::stream)
                .toList();
    }

    /**
     * The page with the lines of the print view's notice ({@link PrintViewNotice}) blank: they are chrome, never a
     * title, a heading or a paragraph. Blank rather than removed, so every other line keeps its number.
     */
    static SourceDocument withoutPrintViewNotice(SourceDocument document) {
        List<String> lines = document.lines();
        if (lines.stream().noneMatch(PrintViewNotice::isNotice)) {
            return document;
        }
        return new SourceDocument(document.name(),
                lines.stream().map(line -> PrintViewNotice.isNotice(line) ? "" : line).toList());
    }

    /** Where the parts of a page start: line 0, then the first numbered heading after every {@code partLines}. */
    static List<Integer> partStarts(List<String> lines, int partLines) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        int i = partLines;
        while (i < lines.size()) {
            if (LineShapes.isNumberedHeading(lines.get(i))) {
                starts.add(i);
                i += partLines;
            } else {
                i++;
            }
        }
        return starts;
    }

    /** The blocks that start in lines {@code from} to {@code limit} (exclusive). */
    private List<Block> scanPart(SourceDocument document, int from, int limit, Diagnostics diagnostics) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = document.lines();
        // a part after the first starts at a numbered heading, which makes the title seen whatever came before
        boolean titleSeen = from > 0;
        int i = from;
        while (i < limit) {
            String line = lines.get(i).trim();
            int lineNumber = i + 1;
            if (line.isEmpty()) {
                i++;
                continue;
            }
            Optional<TableRecognizer.Found> table = tables.tableAt(document, i, diagnostics);
            if (table.isPresent()) {
                blocks.add(table.get().table());
                i = table.get().next();
                titleSeen = true;
                continue;
            }
            Optional<MatchResult> numbered = LineShapes.numberedHeading(line);
            if (numbered.isPresent()) {
                blocks.add(new Block.Heading(lineNumber, numbered.get().group(1), numbered.get().group(2).trim()));
                i++;
            } else if (LineShapes.isLabel(line)) {
                blocks.add(new Block.Heading(lineNumber, null, line));
                i++;
            } else if (LineShapes.opensJson(line)) {
                i = readJson(document, i, blocks);
            } else if (LineShapes.isHeaderExample(line)) {
                i = readWhile(document, i, blocks, "headers", LineShapes::isHeaderExample);
            } else if (LineShapes.isCliCommand(line)) {
                i = readCommand(document, i, blocks);
            } else if (LineShapes.startsStatus(lines, i)) {
                i = readStatus(document, i, blocks);
            } else if (!titleSeen && !LineShapes.standsAlone(line)) {
                blocks.add(new Block.Heading(lineNumber, null, line));
                i++;
            } else {
                i = readParagraph(document, i, blocks);
            }
            titleSeen = true;
        }
        return blocks;
    }

    /** A paragraph: consecutive plain lines; a line with a shape of its own always stands alone. */
    private int readParagraph(SourceDocument document, int start, List<Block> blocks) {
        List<String> lines = document.lines();
        StringBuilder text = new StringBuilder(lines.get(start).trim());
        int i = start + 1;
        if (!LineShapes.standsAlone(lines.get(start))) {
            while (i < lines.size() && !lines.get(i).isBlank() && !LineShapes.standsAlone(lines.get(i))
                    && !LineShapes.startsStatus(lines, i) && !tables.startsAt(lines, i)) {
                text.append('\n').append(lines.get(i).trim());
                i++;
            }
        }
        blocks.add(new Block.Paragraph(start + 1, text.toString()));
        return i;
    }

    /** A status statement as one paragraph, {@code State ACTIVE (CURRENT)}, whether on one line or two. */
    private int readStatus(SourceDocument document, int start, List<Block> blocks) {
        List<String> lines = document.lines();
        String line = lines.get(start).trim();
        if (LineShapes.STATUS_LINE.matcher(line).matches()) {
            blocks.add(new Block.Paragraph(start + 1, line));
            return start + 1;
        }
        int value = start + 1;
        while (lines.get(value).isBlank()) {
            value++;
        }
        blocks.add(new Block.Paragraph(start + 1, line + " " + lines.get(value).trim()));
        return value + 1;
    }

    private int readWhile(SourceDocument document, int start, List<Block> blocks, String language,
                          java.util.function.Predicate<String> belongs) {
        List<String> lines = document.lines();
        List<String> taken = new ArrayList<>();
        int i = start;
        while (i < lines.size() && belongs.test(lines.get(i).trim())) {
            taken.add(lines.get(i).trim());
            i++;
        }
        blocks.add(new Block.Code(start + 1, language, String.join("\n", taken), true));
        return i;
    }

    /** A CLI command and the option lines under it, blank lines between them allowed. */
    private int readCommand(SourceDocument document, int start, List<Block> blocks) {
        List<String> lines = document.lines();
        List<String> taken = new ArrayList<>(List.of(lines.get(start).trim()));
        int i = start + 1;
        int lastTaken = start;
        while (i < lines.size()) {
            String line = lines.get(i).trim();
            if (LineShapes.CLI_OPTION.matcher(line).matches()) {
                taken.add(line);
                lastTaken = i;
            } else if (!line.isEmpty()) {
                break;
            }
            i++;
        }
        blocks.add(new Block.Code(start + 1, "command", String.join("\n", taken), true));
        return lastTaken + 1;
    }

    /**
     * A JSON block runs until its brackets balance (strings respected). A block still open at the next heading
     * or label, or at the end of the page, is kept and marked incomplete.
     */
    private int readJson(SourceDocument document, int start, List<Block> blocks) {
        List<String> lines = document.lines();
        List<String> taken = new ArrayList<>();
        JsonBalance balance = new JsonBalance();
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (i > start && balance.depth() > 0 && (LineShapes.isNumberedHeading(line)
                    || LineShapes.isLabel(line))) {
                break;
            }
            taken.add(line);
            balance.feed(line);
            i++;
            if (balance.depth() <= 0) {
                break;
            }
        }
        blocks.add(new Block.Code(start + 1, "json", String.join("\n", taken), balance.depth() == 0));
        return i;
    }
}
