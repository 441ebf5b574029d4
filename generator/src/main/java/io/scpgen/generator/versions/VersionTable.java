package io.scpgen.generator.versions;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.runtime.version.ScpApiVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints {@link VersionDrift}s as plain-text tables, one per service, columns padded to their widest cell, then what
 * makes the docs stale and how to regenerate. The same drift gives the same lines: no clock, no locale.
 */
public final class VersionTable {

    /** What to run when the docs are stale, after the findings. */
    public static final List<String> REGENERATE_HINTS = List.of(
            "regenerate: fetch the docs (scpgen fetch --url URL... --out DOCS), then the spec and the SDK"
                    + " (scpgen spec / scpgen generate, or the plugin's spec and generate goals)",
            "regenerate: review the spec diff (scpgen diff --old spec/SERVICE.json --new DOCS) before committing");

    private static final String NONE = "-";

    private VersionTable() {
    }

    /** The tables of {@code drifts}, then their findings and, if any, the regenerate hints. */
    public static List<String> lines(List<VersionDrift> drifts) {
        List<String> lines = new ArrayList<>();
        for (VersionDrift drift : drifts) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(table(drift));
        }
        List<String> findings = drifts.stream().flatMap(d -> d.findings().stream()).toList();
        if (!findings.isEmpty()) {
            lines.add("");
            findings.forEach(finding -> lines.add("stale: " + finding));
            lines.addAll(REGENERATE_HINTS);
        }
        return lines;
    }

    /** One service's title line and table. */
    static List<String> table(VersionDrift drift) {
        boolean live = drift.liveSource().isPresent();
        List<List<String>> cells = new ArrayList<>();
        cells.add(live ? List.of("version", "docs", "until", "live", "not before")
                : List.of("version", "docs", "until"));
        for (VersionDrift.Row row : drift.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.version());
            line.add(row.documented().map(v -> v.status().name()).orElse(NONE));
            line.add(row.documented().map(ApiVersion::supportedUntil).orElse(NONE));
            if (live) {
                line.add(row.live().map(v -> v.status().name()).orElse(NONE));
                line.add(row.live().flatMap(ScpApiVersion::notBefore).map(LocalDate::toString).orElse(NONE));
            }
            cells.add(line);
        }
        List<String> lines = new ArrayList<>();
        lines.add(drift.service() + ": " + drift.liveSource().map(source -> "docs and live " + source)
                .orElse("docs only (" + drift.notCompared() + ")"));
        int[] widths = new int[cells.get(0).size()];
        cells.forEach(line -> {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder(" ");
            for (int i = 0; i < line.size(); i++) {
                text.append(' ').append(line.get(i)).append(" ".repeat(widths[i] - line.get(i).length() + 1));
            }
            lines.add(text.toString().stripTrailing());
        }
        return lines;
    }

    /** The lines joined with newlines, ending with one. */
    public static String text(List<VersionDrift> drifts) {
        return lines(drifts).stream().map(line -> line + "\n").collect(Collectors.joining());
    }
}
