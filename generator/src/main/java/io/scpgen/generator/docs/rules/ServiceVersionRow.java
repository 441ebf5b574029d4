package io.scpgen.generator.docs.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: a flattened row of the service header's version table is version, status word and date run together.
 * <pre>
 * VersionStatusSupported Until
 * 1.0DEPRECATED20251231 -> 1.0 | DEPRECATED | 20251231
 * 1.1CURRENT-           -> 1.1 | CURRENT    | -
 * 1.2PLANNED-           -> 1.2 | PLANNED    | -      (documented, not yet callable)
 * </pre>
 * Newer headers have a {@code Not Before} column before {@code Supported Until}, so two dates follow:
 * <pre>
 * VersionStatusNot BeforeSupported Until
 * 1.1CURRENT20250601-   -> 1.1 | CURRENT    | 20250601 | -
 * </pre>
 */
public final class ServiceVersionRow {

    private static final Pattern ROW = Pattern.compile(
            "^(\\d+\\.\\d+)(PLANNED|CURRENT|SUPPORTED|DEPRECATED)(\\d{8}|-)(\\d{8}|-)?$");

    /** @param secondDate the {@code Supported Until} date after a {@code Not Before} one; null when there is one date */
    public record Cells(String version, String status, String date, String secondDate) {
        public Cells(String version, String status, String date) {
            this(version, status, date, null);
        }

        public List<String> cells() {
            return secondDate == null ? List.of(version, status, date) : List.of(version, status, date, secondDate);
        }
    }

    private ServiceVersionRow() {
    }

    public static Optional<Cells> split(String line) {
        Matcher m = ROW.matcher(line.trim());
        return m.matches() ? Optional.of(new Cells(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
    }
}
