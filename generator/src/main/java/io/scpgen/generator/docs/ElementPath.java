package io.scpgen.generator.docs;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Where a node of an HTML page is, for blocks and diagnostics: its source line, and the path of an element from the
 * page's content root ({@code main > div[3] > table[2] > tbody > tr[3]}).
 */
final class ElementPath {

    private ElementPath() {
    }

    /**
     * The path from {@code root} (or from {@code html} when the element is outside it): tag names, each with its
     * 1-based position among its parent's children of that tag when there are several.
     */
    static String of(Element element, Element root) {
        Deque<String> steps = new ArrayDeque<>();
        for (Element e = element; e != null && !(e instanceof Document); e = e.parent()) {
            steps.push(step(e));
            if (e == root) {
                break;
            }
        }
        return String.join(" > ", steps);
    }

    private static String step(Element element) {
        Element parent = element.parent();
        if (parent == null) {
            return element.tagName();
        }
        int sameTag = 0;
        int position = 0;
        for (Element sibling : parent.children()) {
            if (sibling.nameIs(element.tagName())) {
                sameTag++;
                if (sibling == element) {
                    position = sameTag;
                }
            }
        }
        return sameTag > 1 ? element.tagName() + "[" + position + "]" : element.tagName();
    }

    /**
     * The 1-based source line a node starts on; for text, the line of its first visible character. An element the
     * page left out and the parser made up (a {@code <tbody>}) starts where the parser put it.
     */
    static int line(Node node) {
        int line = Math.max(node.sourceRange().start().lineNumber(), 1);
        return node instanceof TextNode text ? line + leadingLineBreaks(text.getWholeText()) : line;
    }

    private static int leadingLineBreaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks;
    }
}
