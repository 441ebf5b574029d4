package io.scpgen.generator.report;

import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeSeverity;
import io.scpgen.generator.diff.HistoryCheck;
import io.scpgen.generator.spec.ApiVersion;
import java.util.ArrayList;
import java.util.EnumMap;
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
                         long total, boolean hasChanges, List<Count> summary, List<PriorityPart> priorities,
                         List<Section> sections, List<Group> groups, List<String> versions, boolean hasHistory,
                         List<History> history) {

    /** How many changes of one severity. */
    public record Count(String severity, String severityClass, long count) {
    }

    /**
     * The summary's part of one {@link Priority} that has changes: its change groups in the summary's order.
     *
     * @param heading       {@code Request and response shape}
     * @param priorityClass {@code breaking}, {@code shape}, {@code other} or {@code lifecycle}
     * @param count         how many changes its groups hold
     */
    public record PriorityPart(String heading, String priorityClass, long count, List<GroupRow> changeGroups) {
    }

    /**
     * One {@link ChangeGroup}: a row for changes that are the same apart from their operation.
     *
     * @param where      the operation, {@code service}, or for a group {@code 110 operations}
     * @param grouped    whether it stands for several changes, whose {@code operations} a report lists behind it
     * @param operations the operations, in report order; empty for a change to the service as a whole
     */
    public record GroupRow(String severity, String severityClass, String kind, String where, boolean grouped,
                           long count, List<String> operations, String version, String versions, String path,
                           String message, String oldValue, String newValue, boolean showValues) {

        static GroupRow of(ChangeGroup group) {
            Row row = Row.of(group.shared());
            return new GroupRow(row.severity(), row.severityClass(), row.kind(),
                    group.grouped() ? group.count() + " operations" : row.operation(), group.grouped(),
                    group.count(), group.operations(), row.version(), row.versions(), row.path(), row.message(),
                    row.oldValue(), row.newValue(), row.showValues());
        }
    }

    /** The changes of one severity, one row each: for a user's table per severity (built-in ones show the summary). */
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

    /**
     * The docs' history of one version beside what scpgen computed for it.
     *
     * @param notFound how many of its stated changes scpgen did not find
     */
    public record History(String version, String summary, boolean hasSummary, List<Stated> stated, boolean hasStated,
                          long notFound, List<Row> computed, long computedCount, boolean hasComputed) {

        static History of(HistoryCheck.VersionHistory history) {
            List<Stated> stated = history.stated().stream().map(Stated::of).toList();
            List<Row> computed = history.computed().stream().map(Row::of).toList();
            return new History(history.version(), history.summary(), history.summary() != null, stated,
                    !stated.isEmpty(), stated.stream().filter(Stated::notFound).count(), computed, computed.size(),
                    !computed.isEmpty());
        }
    }

    /**
     * One change a version's history states, and what scpgen found for it.
     *
     * @param statement  the tag and text as the docs write them ({@code [New] ListProducts API have been added.})
     * @param operation  the operation it names ({@code GET /v1/products}); null when none
     * @param match      {@code found}, {@code not found} or {@code not checked}
     * @param matchClass {@code found}, {@code not-found} or {@code not-checked}
     * @param note       what scpgen found ({@code operation added in 1.1}, {@code documented since 1.0})
     */
    public record Stated(String tag, String operation, String text, String statement, String match,
                         String matchClass, boolean found, boolean notFound, boolean notChecked, String note) {

        static Stated of(HistoryCheck.CheckedChange checked) {
            HistoryCheck.Match match = checked.match();
            return new Stated(checked.stated().tag(), checked.operation(), checked.stated().text(),
                    HistoryCheck.statement(checked.stated()), match.label(), match.id(),
                    match == HistoryCheck.Match.FOUND, match == HistoryCheck.Match.NOT_FOUND,
                    match == HistoryCheck.Match.NOT_CHECKED, checked.note());
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
        Map<Priority, List<ChangeGroup>> byPriority = new EnumMap<>(Priority.class);
        report.changeGroups().forEach(g -> byPriority.computeIfAbsent(g.priority(), k -> new ArrayList<>()).add(g));
        List<PriorityPart> priorities = byPriority.entrySet().stream().map(e -> new PriorityPart(
                e.getKey().heading(), e.getKey().id(), e.getValue().stream().mapToLong(ChangeGroup::count).sum(),
                e.getValue().stream().map(GroupRow::of).toList())).toList();
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
                summary, priorities, sections, groups, List.copyOf(versions), !report.history().isEmpty(),
                report.history().stream().map(History::of).toList());
    }

    private static String operationLabel(Change change) {
        return change.operation() == null ? "service" : change.operation();
    }
}
