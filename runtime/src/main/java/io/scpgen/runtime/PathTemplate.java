package io.scpgen.runtime;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Expands a path template such as {@code /v1/images/{image_id}}. Each value becomes exactly one
 * encoded path segment, so no value can add segments or walk up the path.
 */
final class PathTemplate {
    private PathTemplate() {
    }

    static String expand(String template, Map<String, String> values) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + template);
        }
        StringBuilder path = new StringBuilder(template.length() + 32);
        Set<String> used = new HashSet<>();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                path.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed '{' in path template " + template);
            }
            String name = template.substring(i + 1, end);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for path parameter '" + name + "' of " + template);
            }
            path.append(encodeSegment(name, value));
            used.add(name);
            i = end + 1;
        }
        if (!used.containsAll(values.keySet())) {
            Set<String> unknown = new HashSet<>(values.keySet());
            unknown.removeAll(used);
            throw new IllegalArgumentException("path parameters " + unknown + " do not occur in " + template);
        }
        return path.toString();
    }

    private static String encodeSegment(String name, String value) {
        if (value.isEmpty()) {
            // an empty segment would turn "/images/{id}" into the different resource "/images/"
            throw new IllegalArgumentException("path parameter '" + name + "' must not be empty");
        }
        if (value.equals(".") || value.equals("..")) {
            // dot segments are removed by URL normalisation; escaped dots are plain characters
            return value.replace(".", "%2E");
        }
        return PercentEncoding.encode(value);
    }
}
