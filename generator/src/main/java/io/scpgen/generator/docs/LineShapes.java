package io.scpgen.generator.docs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line shapes every text layout shares: numbered headings, section labels, code openers. */
final class LineShapes {

    /** {@code 1.1 - Accept a volume transfer}, {@code 1.1.1 - 1.1}, {@code 1 - 1.3}. */
    static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*) - (\\S.*)$");

    /** {@code get /v1/images}, any case. */
    static final Pattern METHOD_LINE = Pattern.compile("^(?i)(get|post|put|delete|patch|head|options)\\s+(/\\S*)$");

    /** {@code 상태 ACTIVE (CURRENT)}, {@code State ACTIVE (CURRENT)}. */
    static final Pattern STATUS_LINE = Pattern.compile("^(상태|State)\\s+[A-Z_]+\\s*\\(\\w+\\)$");

    /** The status label alone; its value {@code ACTIVE (CURRENT)} is on the next non-blank line. */
    private static final Pattern STATUS_LABEL = Pattern.compile("^(상태|State)$");
    private static final Pattern STATUS_VALUE = Pattern.compile("^[A-Z_]+\\s*\\(\\w+\\)$");

    /** {@code scp-cli virtualserver image member list}, also {@code scpcli}. */
    private static final Pattern CLI_COMMAND = Pattern.compile("^(scp-cli|scpcli)\\s+\\S.*$");

    /** A CLI option line under a command: {@code --image_id <value>}, {@code [--long]}. */
    static final Pattern CLI_OPTION = Pattern.compile("^\\[?--\\S.*$");

    /** {@code "Scp-Accesskey = 2sd2gg=2agbdSD26svcD",}: a header line of an example request. */
    private static final Pattern HEADER_EXAMPLE = Pattern.compile("^\"[^\"=]+=.*\",?$");

    /** {@code Response 200}. */
    static final Pattern RESPONSE_LABEL = Pattern.compile("^Response \\d{3}$");

    private static final Set<String> LABELS = Set.of(
            "overview", "version", "openapi url", "environment and region list", "api version history", "api 버전 이력",
            "description", "parameters", "responses",
            "example http request", "request path", "request header", "request body",
            "example http response");

    private LineShapes() {
    }

    /**
     * True when a status statement starts at line {@code index}: {@code State ACTIVE (CURRENT)} on one line, or
     * {@code State} with {@code ACTIVE (CURRENT)} on the next non-blank line. A bare {@code 상태} followed by
     * anything else is ordinary text (it is also the Korean word for a field's state).
     */
    static boolean startsStatus(List<String> lines, int index) {
        String line = lines.get(index).trim();
        // every line is asked this: the first character rules most of them out before any pattern runs
        if (!line.startsWith("상") && !line.startsWith("S")) {
            return false;
        }
        if (STATUS_LINE.matcher(line).matches()) {
            return true;
        }
        if (!STATUS_LABEL.matcher(line).matches()) {
            return false;
        }
        int next = index + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        return next < lines.size() && STATUS_VALUE.matcher(lines.get(next).trim()).matches();
    }

    /**
     * A section label such as {@code Parameters}. Labels start with a capital: a field named {@code description}
     * in a model table is not the label {@code Description}.
     */
    static boolean isLabel(String line) {
        String trimmed = line.trim();
        return !trimmed.isEmpty() && Character.isUpperCase(trimmed.charAt(0))
                && (LABELS.contains(trimmed.toLowerCase(Locale.ROOT)) || RESPONSE_LABEL.matcher(trimmed).matches());
    }

    /** The number (group 1) and title (group 2) of a numbered heading line, or empty when it is not one. */
    static Optional<MatchResult> numberedHeading(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || !Character.isDigit(trimmed.charAt(0))) {
            return Optional.empty();
        }
        Matcher heading = NUMBERED_HEADING.matcher(trimmed);
        return heading.matches() ? Optional.of(heading.toMatchResult()) : Optional.empty();
    }

    // the shape tests below run for most lines of a page: a look at the first character rules out nearly all of
    // them before a pattern runs, which matters on a cold JVM

    static boolean isCliCommand(String line) {
        String trimmed = line.trim();
        return trimmed.startsWith("scp") && CLI_COMMAND.matcher(trimmed).matches();
    }

    static boolean isHeaderExample(String line) {
        String trimmed = line.trim();
        return trimmed.startsWith("\"") && HEADER_EXAMPLE.matcher(trimmed).matches();
    }

    static boolean isNumberedHeading(String line) {
        return numberedHeading(line).isPresent();
    }

    static boolean opensJson(String line) {
        String trimmed = line.trim();
        return trimmed.startsWith("{") || trimmed.equals("[") || trimmed.startsWith("[{") || trimmed.startsWith("[\"")
                || trimmed.equals("[]");
    }

    /**
     * A line that always stands on its own: it ends a paragraph and starts a block of its own. Status lines need
     * their neighbours to be told apart, see {@link #startsStatus}.
     */
    static boolean standsAlone(String line) {
        String trimmed = line.trim();
        return startsPart(trimmed) || opensJson(trimmed) || isHeaderExample(trimmed);
    }

    /**
     * A line that starts a new part of a page, ending any table before it: a numbered heading, a section label, a
     * method line or a CLI command.
     */
    static boolean startsPart(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        char first = trimmed.charAt(0);
        if (Character.isDigit(first)) {
            return isNumberedHeading(trimmed);
        }
        return Character.isLetter(first) && (isLabel(trimmed) || METHOD_LINE.matcher(trimmed).matches()
                || isCliCommand(trimmed));
    }
}
