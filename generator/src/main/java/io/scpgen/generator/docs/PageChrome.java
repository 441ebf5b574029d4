package io.scpgen.generator.docs;

import io.scpgen.generator.docs.rules.PrintViewNotice;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rule: a page of the doc site is its content wrapped in chrome that is not documentation. The content is the
 * page's {@code <main>} (the Docsy theme's {@code <main role="main">}), or its body when it has none; inside it,
 * navigation, sidebars, scripts, styles, forms and the parts the print view hides ({@code d-print-none}: the
 * "printable view" notice, feedback widgets) are left out, and so are the page banner and footer. The print view's
 * notice is chrome by its text too ({@link PrintViewNotice}), wherever it sits: a page saved without the theme's
 * classes has it in a plain {@code <p>}.
 */
final class PageChrome {

    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "script", "style", "noscript", "template",
            "iframe", "svg", "form", "button", "link", "meta");

    private PageChrome() {
    }

    static Element contentRoot(Document page) {
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    static boolean isChrome(Element element) {
        return CHROME_TAGS.contains(element.normalName()) || element.hasClass("d-print-none")
                || element.id().equals("TableOfContents") || isPageBanner(element);
    }

    /** Whether the text of a paragraph or heading is chrome: the print view's notice and nothing else. */
    static boolean isChromeText(String text) {
        return PrintViewNotice.isNotice(text);
    }

    /** A header or footer belongs to its nearest section; outside any, it is the page's banner or footer. */
    private static boolean isPageBanner(Element element) {
        return (element.nameIs("header") || element.nameIs("footer"))
                && element.closest("main, [role=main], article, section") == null;
    }
}
