package io.scpgen.generator.report;

import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeSeverity;
import io.scpgen.generator.spec.ApiVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the Mustache templates see: plain values, already ordered, so a template only lays them out. Custom
 * templates get the same names (listed in the README).
 */
public record ReportView(String service, String comparison, boolean snapshots, String oldInputs, String newInputs,
                         long total, boolean hasChanges, List<Count> summary, List<Section> sections,
                         List<Group> groups, List<String> versions) {

    /** How many changes of one severity. */
    public record Count(String severity, String severityClass, long count) {
    }

    /** The changes of one severity, for a table per severity. */
    public record Section(String severity, String severityClass, long count, List<Row> rows) {
    }

    /** The changes to one operation (or to the service as a whole), for a group per operation. */
    public record Group(String operation, long count, List<Row> rows) {
    }

    /**
     * One change.
     *
     * @param versions   the versions it concerns, space-separated, for filtering ({@code 1.1 1.2})
     * @param showValues whether the old and new values say more than the message (a changed description does)
     */
    public record Row(String severity, String severityClass, String kind, String operation, String version,
                      String versions, String path, String message, String oldValue, String newValue,
                      boolean showValues) {

        static Row of(Change change) {
            String versions = String.join(" ", Stream.of(change.oldVersion(), change.newVersion())
                    .filter(Objects::nonNull).distinct().toList());
            return new Row(change.severity().name(), change.severity().lowerCase(), change.kind().id(),
                    operationLabel(change), change.versionLabel(), versions, change.path(), change.message(),
                    change.oldValue(), change.newValue(), !inMessage(change.oldValue(), change)
                            || !inMessage(change.newValue(), change));
        }

        private static boolean inMessage(String value, Change change) {
            return value == null || change.message().contains(value);
        }
    }

    public static ReportView of(DiffReport report) {
        List<Count> summary = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (ChangeSeverity severity : ChangeSeverity.values()) {
            List<Row> rows = report.changes().stream().filter(c -> c.severity() == severity).map(Row::of).toList();
            summary.add(new Count(severity.name(), severity.lowerCase(), rows.size()));
            if (!rows.isEmpty()) {
                sections.add(new Section(severity.name(), severity.lowerCase(), rows.size(), rows));
            }
        }
        // the changes are sorted by operation already, so grouping keeps that order
        Map<String, List<Row>> byOperation = new LinkedHashMap<>();
        report.changes().forEach(c -> byOperation.computeIfAbsent(operationLabel(c), k -> new ArrayList<>())
                .add(Row.of(c)));
        List<Group> groups = byOperation.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue().size(), List.copyOf(e.getValue()))).toList();
        TreeSet<String> versions = new TreeSet<>(ApiVersion.VERSION_ORDER);
        report.changes().forEach(c -> Stream.of(c.oldVersion(), c.newVersion()).filter(Objects::nonNull)
                .forEach(versions::add));
        return new ReportView(report.service(), report.comparison().id(),
                report.comparison() == DiffReport.Comparison.SNAPSHOTS, String.join(", ", report.oldInputs()),
                String.join(", ", report.newInputs()), report.changes().size(), !report.changes().isEmpty(),
                summary, sections, groups, List.copyOf(versions));
    }

    private static String operationLabel(Change change) {
        return change.operation() == null ? "service" : change.operation();
    }
}
