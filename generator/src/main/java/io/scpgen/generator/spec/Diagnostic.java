package io.scpgen.generator.spec;

import java.util.Comparator;

/** One problem found in the docs, at a file and line (1-based; 0 when it concerns the whole file). */
public record Diagnostic(String file, int line, Severity severity, String message) implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    /** Whether it says an input is missing or unreadable: an error about a whole file, so line 0. */
    public boolean missingInput() {
        return severity == Severity.ERROR && line == 0;
    }

    /** The compiler-style line users see: {@code file:line: warning: message}. */
    public String format() {
        return file + ":" + line + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
