package io.scpgen.generator.docs;

/**
 * Tracks the bracket depth of a JSON example fed line by line, ignoring brackets inside JSON strings: an example
 * whose depth is not back to zero at its end was cut off.
 */
final class JsonBalance {
    private int depth;
    private boolean inString;
    private boolean escaped;

    /** The balance of a whole block of text. */
    static JsonBalance of(String text) {
        JsonBalance balance = new JsonBalance();
        balance.feed(text);
        return balance;
    }

    void feed(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    int depth() {
        return depth;
    }
}
