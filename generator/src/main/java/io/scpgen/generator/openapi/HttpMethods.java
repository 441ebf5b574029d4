package io.scpgen.generator.openapi;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The HTTP methods of an OpenAPI path item, in the order the export writes them. */
final class HttpMethods {

    static final List<String> KNOWN = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** get, put, post, delete, options, head, patch, trace; any other method after them, alphabetically. */
    static final Comparator<String> ORDER = Comparator.comparingInt(HttpMethods::rank)
            .thenComparing(HttpMethods::key);

    private HttpMethods() {
    }

    /** The path item key of a method as the spec writes it ({@code GET -> get}). */
    static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }

    static boolean isKnown(String method) {
        return KNOWN.contains(key(method));
    }

    private static int rank(String method) {
        int index = KNOWN.indexOf(key(method));
        return index < 0 ? KNOWN.size() : index;
    }
}
