package io.scpgen.generator.docs.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: a flattened row of an endpoint's version table is the version and its supported-until date run together;
 * the date is eight digits or {@code -}.
 * <pre>
 * 버전최소 지원 보장일
 * 1.120260531       -> 1.1 | 20260531
 * 1.1-              -> 1.1 | -
 * </pre>
 */
public final class VersionLifecycleRow {

    private static final Pattern VERSION_AND_DATE = Pattern.compile("^(\\d+\\.\\d+)(\\d{8}|-)$");

    public record Cells(String version, String date) {
    }

    private VersionLifecycleRow() {
    }

    public static Optional<Cells> split(String line) {
        Matcher m = VERSION_AND_DATE.matcher(line.trim());
        return m.matches() ? Optional.of(new Cells(m.group(1), m.group(2))) : Optional.empty();
    }
}
