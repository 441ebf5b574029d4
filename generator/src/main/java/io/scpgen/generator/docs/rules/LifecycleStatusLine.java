package io.scpgen.generator.docs.rules;

import io.scpgen.generator.spec.LifecycleStatus;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: a version section states its lifecycle as a state and a status in parentheses, with a Korean or English
 * label, on one line or with the label alone on the line before (the reader joins the two).
 * <pre>
 * 상태 ACTIVE (CURRENT)
 * State ACTIVE (DEPRECATED)
 * State ACTIVE (PLANNED)      (a version documented before its release)
 * State
 * ACTIVE (SUPPORTED)
 * </pre>
 */
public final class LifecycleStatusLine {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    private static final Pattern STATUS = Pattern.compile("^(?:(?:상태|State)\\s+)?[A-Z_]+\\s*\\((\\w+)\\)$");

    private LifecycleStatusLine() {
    }

    /** The status of {@code 상태 ACTIVE (CURRENT)} or of a bare {@code ACTIVE (CURRENT)}. */
    public static Optional<LifecycleStatus> parse(String text) {
        Matcher m = STATUS.matcher(Spaces.collapse(text));
        return m.matches() ? LifecycleStatus.parse(m.group(1)) : Optional.empty();
    }

    /**
     * {@code 20260531} as {@code 2026-05-31}; an empty string for {@code -} or an empty cell; empty when it is not a
     * date of the calendar ({@code 20261331}, {@code 20260231}).
     */
    public static Optional<String> isoDate(String cell) {
        String date = cell.trim();
        if (date.equals("-") || date.isEmpty()) {
            return Optional.of("");
        }
        if (!EIGHT_DIGITS.matcher(date).matches()) {
            return Optional.empty();
        }
        try {
            // LocalDate.of checks the calendar (no 31 February) without a DateTimeFormatter, slow to start
            return Optional.of(LocalDate.of(Integer.parseInt(date.substring(0, 4)),
                    Integer.parseInt(date.substring(4, 6)), Integer.parseInt(date.substring(6))).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
