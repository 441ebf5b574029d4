package io.scpgen.generator.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the content of an HTML page in document order and gives its blocks: a heading per {@code <h1>..<h6>}, a
 * table per {@code <table>}, code per {@code <pre>}, and a paragraph per run of text between block elements (a
 * {@code <p>}, a list item, text directly in a {@code <div>}).
 */
final class HtmlBlockWalker {

    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    private final HtmlTableReader tables;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Node> textRun = new ArrayList<>();

    HtmlBlockWalker(ElementDiagnostics diagnostics) {
        this.tables = new HtmlTableReader(diagnostics);
    }

    List<Block> walk(Element root) {
        visitChildren(root);
        endParagraph();
        return List.copyOf(blocks);
    }

    private void visitChildren(Element parent) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode) {
                textRun.add(child);
            } else if (child instanceof Element element && !PageChrome.isChrome(element)) {
                if (element.isBlock()) {
                    endParagraph();
                    visitBlock(element);
                } else {
                    textRun.add(element);
                }
            }
        }
    }

    private void visitBlock(Element element) {
        if (HEADING.matcher(element.normalName()).matches()) {
            heading(element);
        } else if (element.nameIs("table")) {
            blocks.add(tables.read(element));
        } else if (element.nameIs("pre")) {
            blocks.addAll(PreformattedBlock.of(firstTextLine(List.of(element)), element.wholeText()));
        } else {
            visitChildren(element);
            endParagraph();
        }
    }

    private void heading(Element element) {
        String text = HtmlText.oneLine(element);
        if (text.isEmpty() || PageChrome.isChromeText(text)) {
            return;
        }
        blocks.add(LineShapes.numberedHeading(text)
                .map(heading -> new Block.Heading(ElementPath.line(element), heading.group(1), heading.group(2).trim()))
                .orElseGet(() -> new Block.Heading(ElementPath.line(element), null, text)));
    }

    private void endParagraph() {
        String text = HtmlText.of(textRun);
        if (!text.isEmpty() && !PageChrome.isChromeText(text)) {
            blocks.add(new Block.Paragraph(firstTextLine(textRun), text));
        }
        textRun.clear();
    }

    /** The line of the first visible text: a code block's first line, not its opening tag's. */
    private static int firstTextLine(List<Node> nodes) {
        for (Node node : nodes) {
            for (Node n : node.nodeStream().toList()) {
                if (n instanceof TextNode text && !text.isBlank()) {
                    return ElementPath.line(text);
                }
            }
        }
        return nodes.isEmpty() ? 1 : ElementPath.line(nodes.get(0));
    }
}
