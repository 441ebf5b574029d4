package io.scpgen.generator.docs.rules;

import java.util.regex.Pattern;

/**
 * Rule: the doc site's print view (a Docsy theme page) opens with a notice that is chrome, not documentation: what
 * the page is, a print link and a link back to the regular view, in English or in Korean. A text made only of those
 * sentences (any of them, any order, each with or without its full stop, whatever the white space around them) is
 * the notice; a text that also says anything else is not.
 * <pre>
 * This is the multi-page printable view of this section. Click here to print.
 * Return to the regular view of this page.
 * 이 섹션의 다중 페이지 출력 화면임. 여기를 클릭하여 프린트.
 * 이 페이지의 일반 화면으로 돌아가기.
 * </pre>
 * Left in, the notice would be the first line of a page: its title, and so the name of an operation and its class
 * ({@code ThisIsTheMultiPagePrintableViewOfThisSectionClickHereToPrintRequest}).
 */
public final class PrintViewNotice {

    private static final String SPACE = "[\\s\\u00A0]+";

    private static final String SENTENCE = String.join("|",
            "this is the multi-?page printable view of this section",
            "click here to print",
            "return to the regular view of this page",
            "이 섹션의 다중 페이지 출력 화면임",
            "여기를 클릭하여 프린트",
            "이 페이지의 일반 화면으로 돌아가기").replace(" ", SPACE);

    /** Possessive after each sentence: the next one starts with a letter, so nothing there is worth backtracking. */
    private static final Pattern NOTICE = Pattern.compile(
            "[\\s\\u00A0]*+(?:(?:" + SENTENCE + ")[\\s\\u00A0]*+[.!:。]?+[\\s\\u00A0]*+)+", Pattern.CASE_INSENSITIVE);

    private PrintViewNotice() {
    }

    /** Whether {@code text} (a line, a paragraph) is the print view's notice and nothing else. */
    public static boolean isNotice(String text) {
        // every line of a text page is asked this: its first letter rules out nearly all of them before the pattern
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u00A0')) {
            start++;
        }
        if (start == text.length()) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(start));
        return (first == 't' || first == 'c' || first == 'r' || first == '이' || first == '여')
                && NOTICE.matcher(text).matches();
    }
}
