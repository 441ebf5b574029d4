package io.scpgen.generator.docs.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: a flattened row of the service header's version table is version, status word and date run together.
 * <pre>
 * VersionStatusSupported Until
 * 1.0DEPRECATED20251231 -> 1.0 | DEPRECATED | 20251231
 * 1.1CURRENT-           -> 1.1 | CURRENT    | -
 * </pre>
 */
public final class ServiceVersionRow {

    private static final Pattern ROW = Pattern.compile("^(\\d+\\.\\d+)(CURRENT|SUPPORTED|DEPRECATED)(\\d{8}|-)$");

    public record Cells(String version, String status, String date) {
    }

    private ServiceVersionRow() {
    }

    public static Optional<Cells> split(String line) {
        Matcher m = ROW.matcher(line.trim());
        return m.matches() ? Optional.of(new Cells(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
