package io.scpgen.mock;

import java.util.List;

/**
 * A path matched segment by segment against the raw (still encoded) request path: a literal
 * segment must be equal, a {@code {param}} segment matches any one non-empty segment.
 */
final class PathPattern {
    private final List<String> segments;
    private final int literalSegments;

    PathPattern(String template) {
        if (!template.startsWith("/") || template.contains("?") || template.contains("#")) {
            throw new IllegalArgumentException("a path template starts with '/' and has no query or fragment: "
                    + template);
        }
        this.segments = List.of(template.substring(1).split("/", -1));
        this.literalSegments = (int) segments.stream().filter(segment -> !isParameter(segment)).count();
    }

    boolean matches(String rawPath) {
        String[] actual = rawPath.substring(rawPath.startsWith("/") ? 1 : 0).split("/", -1);
        if (actual.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < actual.length; i++) {
            String expected = segments.get(i);
            boolean segmentMatches = isParameter(expected) ? !actual[i].isEmpty() : expected.equals(actual[i]);
            if (!segmentMatches) {
                return false;
            }
        }
        return true;
    }

    /** How many segments must match literally; more means more specific. */
    int literalSegments() {
        return literalSegments;
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }
}
