package io.scpgen.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks header names and values before they reach the wire. */
final class HeaderValues {
    /** What java.net.http refuses to send (its restricted set): refused when added, not when sent. */
    private static final Set<String> RESTRICTED = caseInsensitive("Connection", "Content-Length", "Expect", "Host",
            "Upgrade");

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

    /**
     * A header a caller may set on a call: a valid name and value, neither one the HTTP client controls nor one the
     * SDK computes (the signing headers and {@code Scp-Api-Version}).
     *
     * @throws IllegalArgumentException naming the header
     */
    static void requireSettable(String name, String value) {
        requireValid(name, value);
        if (RESTRICTED.contains(name)) {
            throw new IllegalArgumentException("header " + name + " is restricted: the HTTP client sets it");
        }
        if (ScpHeaders.MANAGED.stream().anyMatch(name::equalsIgnoreCase)) {
            throw new IllegalArgumentException("header " + name + " is set by the SDK");
        }
    }

    /** An unmodifiable set of header names, looked up in any case. */
    static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7F && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
