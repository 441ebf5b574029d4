package io.scpgen.generator.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Makes text safe inside a Markdown table cell: a pipe would end the cell, a line break the row, and Markdown or HTML
 * syntax in a description would be rendered instead of shown. Such characters are backslash-escaped (CommonMark
 * escapes any ASCII punctuation that way); line breaks become spaces. An underscore inside a word ({@code image_id})
 * cannot start emphasis, so it stays as it is and names stay readable in the raw text.
 */
final class MarkdownEscaper {

    private static final String SPECIAL = "\\`*[]<&|";

    private MarkdownEscaper() {
    }

    static void escape(String text, Writer out) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.write(' ');
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0 || (c == '_' && !insideWord(text, i))) {
                out.write('\\');
            }
            out.write(c);
        }
    }

    private static boolean insideWord(String text, int index) {
        return index > 0 && index < text.length() - 1 && Character.isLetterOrDigit(text.charAt(index - 1))
                && Character.isLetterOrDigit(text.charAt(index + 1));
    }
}
