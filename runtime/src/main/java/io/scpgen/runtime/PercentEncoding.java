package io.scpgen.runtime;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding of UTF-8 text: unreserved characters stay, every other byte is escaped. */
final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    static String encode(String value) {
        if (value.chars().allMatch(PercentEncoding::isUnreserved)) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int octet = b & 0xFF;
            if (isUnreserved(octet)) {
                out.append((char) octet);
            } else {
                out.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
