package io.scpgen.generator.docs;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Rule: a page saved or fetched only in part has no {@code </html>} and ends inside blocks whose end tag HTML
 * requires ({@code </table>}, {@code </pre>}, {@code </div>}...). The innermost such block is where it was cut
 * (inline markup inside it, such as a code highlighter's {@code <span>}s, says less). A complete page may leave
 * out {@code </html>}, but then closes every such block.
 */
final class CutOffPage {

    /** Elements whose end tag HTML allows to leave out. */
    private static final Set<String> OPTIONAL_END_TAGS = Set.of("html", "head", "body", "p", "li", "dt", "dd", "tr",
            "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rtc",
            "rp");

    private CutOffPage() {
    }

    /** The innermost block the page ends inside, when it was cut off. */
    static Optional<Element> cutInside(Document page) {
        Element html = page.selectFirst("html");
        if (html == null || !html.endSourceRange().isImplicit()) {
            return Optional.empty();
        }
        int end = html.endSourceRange().start().pos();
        Element innermost = null;
        for (Element element : page.getAllElements()) {
            Range closing = element.endSourceRange();
            if (closing.isImplicit() && closing.start().pos() == end && element.isBlock()
                    && !OPTIONAL_END_TAGS.contains(element.normalName()) && !(element instanceof Document)) {
                innermost = element;
            }
        }
        return Optional.ofNullable(innermost);
    }
}
