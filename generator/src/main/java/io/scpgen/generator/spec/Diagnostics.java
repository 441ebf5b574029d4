package io.scpgen.generator.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics from every stage; reported sorted, so their order never depends on the work order. Safe to
 * share between threads (emission runs in parallel).
 */
public final class Diagnostics {

    private final List<Diagnostic> entries = java.util.Collections.synchronizedList(new ArrayList<>());

    public void warn(String file, int line, String message) {
        entries.add(new Diagnostic(file, line, Severity.WARNING, message));
    }

    /** A warning at a place in the docs the spec records. */
    public void warn(Source source, String message) {
        warn(source.file(), source.line(), message);
    }

    public void error(String file, int line, String message) {
        entries.add(new Diagnostic(file, line, Severity.ERROR, message));
    }

    public boolean hasErrors() {
        return sorted().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** All diagnostics, sorted by file, line, severity and message, duplicates removed. */
    public List<Diagnostic> sorted() {
        synchronized (entries) {
            return entries.stream().distinct().sorted().toList();
        }
    }
}
