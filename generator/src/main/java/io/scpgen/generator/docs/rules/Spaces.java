package io.scpgen.generator.docs.rules;

import java.util.regex.Pattern;

/** White space as the rules compare text: any run of it is one space. */
public final class Spaces {

    private static final Pattern RUN = Pattern.compile("\\s+");

    private Spaces() {
    }

    /** {@code "State \n ACTIVE  (CURRENT)"} as {@code "State ACTIVE (CURRENT)"}, ends trimmed. */
    public static String collapse(String text) {
        return RUN.matcher(text.trim()).replaceAll(" ");
    }
}
