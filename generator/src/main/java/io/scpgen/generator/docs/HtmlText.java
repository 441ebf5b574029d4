package io.scpgen.generator.docs;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of HTML content as the text readers see a page: a line break for each {@code <br>} and around each block
 * element, other whitespace (source line breaks, non-breaking spaces) one space as a browser shows it; inline markup
 * ({@code <strong>}, {@code <em>}, links, {@code <code>}) adds nothing. Lines are trimmed and blank ones dropped.
 */
final class HtmlText {

    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

    private HtmlText() {
    }

    static String of(Element element) {
        return of(List.of(element));
    }

    static String of(List<Node> nodes) {
        StringBuilder text = new StringBuilder();
        nodes.forEach(node -> append(node, text));
        return Arrays.stream(text.toString().split("\n"))
                .map(line -> SPACES.matcher(line).replaceAll(" ").trim())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /** The text on one line: for headings and header cells, where a line break is only layout. */
    static String oneLine(Element element) {
        return of(element).replace('\n', ' ');
    }

    private static void append(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            text.append(WHITE_SPACE.matcher(textNode.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element element && !PageChrome.isChrome(element)) {
            if (element.nameIs("br")) {
                text.append('\n');
                return;
            }
            boolean block = element.isBlock();
            if (block) {
                text.append('\n');
            }
            element.childNodes().forEach(child -> append(child, text));
            if (block) {
                text.append('\n');
            }
        }
    }
}
