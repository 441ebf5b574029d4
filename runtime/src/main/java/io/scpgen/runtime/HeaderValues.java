package io.scpgen.runtime;

/** Checks header names and values before they reach the wire. */
final class HeaderValues {
    private HeaderValues() {
    }

    static void requireValid(String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(HeaderValues::isTokenChar)) {
            throw new IllegalArgumentException("invalid header name '" + name + "'");
        }
        // a line break would let a value start a header or body of its own (header injection)
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("value of header " + name + " contains CR, LF or NUL");
        }
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7F && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
