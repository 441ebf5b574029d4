package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the HTML pages of the doc site (a Hugo/Docsy site: the print view of a section, or one operation's page)
 * into the blocks the text readers give for the same content, so the parser reads both alike. Tables are real
 * tables here: their cells need no splitting rules. Blocks carry the source line of their element; diagnostics
 * also name the element's path.
 */
public final class HtmlPageReader implements DocReader {

    /**
     * Rule: a page is HTML when it starts (after a doctype or comments) with the markup of a page or of its content:
     * {@code <html>}, {@code <body>}, {@code <main>}, {@code <div>}, {@code <table>}, {@code <h1>}... Text pages never
     * start with a tag, and a Markdown page with an HTML table in it starts with text.
     */
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|main|article|section|div|table|h[1-6])[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** How much of a page's start is looked at: more than any comment a page might open with. */
    private static final int SNIFFED_CHARS = 64 * 1024;

    @Override
    public String layout() {
        return "HTML page";
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        // the start of the page decides: every text page is asked this, so not all 20,000 lines are joined
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < document.lineCount() && start.length() < SNIFFED_CHARS; i++) {
            start.append(document.lines().get(i)).append('\n');
        }
        return HTML_START.matcher(start).lookingAt();
    }

    @Override
    public List<Block> read(SourceDocument document, Diagnostics diagnostics) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(text(document), "");
        Element root = PageChrome.contentRoot(page);
        ElementDiagnostics report = new ElementDiagnostics(document.name(), root, diagnostics);
        List<Block> blocks = ParagraphRules.apply(new HtmlBlockWalker(report).walk(root));
        CutOffPage.cutInside(page).ifPresent(element -> report.error(element, "the page ends inside this <"
                + element.normalName() + "> at line " + document.lineCount() + ", before its </"
                + element.normalName() + ">: expected the complete page; it was cut off and what followed is missing"));
        if (blocks.stream().noneMatch(HtmlPageReader::structuresThePage)) {
            report.warn(root, "no numbered heading and no table in the page's content: expected the print view of"
                    + " an API page, with headings such as '1.1 - Accept a volume transfer' or '1 - 1.3' and tables");
        }
        return blocks;
    }

    private static boolean structuresThePage(Block block) {
        return block instanceof Block.Table || block instanceof Block.Heading h && h.number() != null;
    }

    /** The page's text with the line ends {@link SourceDocument} split at, so element lines are its lines. */
    private static String text(SourceDocument document) {
        return String.join("\n", document.lines());
    }
}
