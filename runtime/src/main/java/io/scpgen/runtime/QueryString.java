package io.scpgen.runtime;

import java.util.List;
import java.util.Map;

/** Renders query parameters as an encoded query string, in the order they were given. */
final class QueryString {
    private QueryString() {
    }

    /** Returns {@code ?a=1&b=2}, or the empty string when there are no parameters. */
    static String encode(List<Map.Entry<String, String>> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            query.append(query.length() == 0 ? '?' : '&')
                    .append(PercentEncoding.encode(parameter.getKey()))
                    .append('=')
                    .append(PercentEncoding.encode(parameter.getValue()));
        }
        return query.toString();
    }
}
