package io.scpgen.generator.report;

import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeKind;
import io.scpgen.generator.diff.ChangeSeverity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes that are the same apart from their operation, shown as one row with their count and the operations behind
 * it: {@code 1.1 lifecycle: deprecated, supported until 2026-05-31} once for 110 operations, not 110 times.
 *
 * @param changes at least one; all the same apart from the operation, in {@link Change#ORDER}
 */
public record ChangeGroup(List<Change> changes) {

    /**
     * The summary's order: by {@link Priority}, then severity, then where the group's first change stands in
     * {@link Change#ORDER} (service-wide first, then by operation, version and path).
     */
    public static final Comparator<ChangeGroup> SUMMARY_ORDER = Comparator.comparing(ChangeGroup::priority)
            .thenComparing(ChangeGroup::severity)
            .thenComparing(ChangeGroup::shared, Change.ORDER);

    public ChangeGroup {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a group has at least one change");
        }
        changes = changes.stream().sorted(Change.ORDER).toList();
    }

    /** Every change in exactly one group, the groups in {@link #SUMMARY_ORDER}. */
    public static List<ChangeGroup> of(List<Change> changes) {
        List<List<Change>> groups = new ArrayList<>();
        Map<SameApartFromOperation, List<Change>> byRule = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.operation() == null) {
                groups.add(List.of(change));
            } else {
                byRule.computeIfAbsent(SameApartFromOperation.of(change), k -> new ArrayList<>()).add(change);
            }
        }
        groups.addAll(byRule.values());
        return groups.stream().map(ChangeGroup::new).sorted(SUMMARY_ORDER).toList();
    }

    /**
     * The grouping rule: two changes to operations are one row when they differ in nothing but the operation, that is,
     * the same kind (so the same severity), versions, JSON path, message and old and new values. Messages are worded
     * relative to their operation, so the operation is not in them. Changes whose values differ stay apart (two
     * descriptions reworded differently), and a change to the service as a whole is a row of its own (1.1 deprecated
     * service-wide is not one of the operations deprecated in 1.1).
     */
    record SameApartFromOperation(ChangeKind kind, String oldVersion, String newVersion, String path, String oldValue,
                                  String newValue, String message) {

        static SameApartFromOperation of(Change change) {
            return new SameApartFromOperation(change.kind(), change.oldVersion(), change.newVersion(), change.path(),
                    change.oldValue(), change.newValue(), change.message());
        }
    }

    /** The first change: it states what all of them share (kind, versions, path, values, message). */
    public Change shared() {
        return changes.get(0);
    }

    public ChangeKind kind() {
        return shared().kind();
    }

    public ChangeSeverity severity() {
        return shared().severity();
    }

    public Priority priority() {
        return Priority.of(kind());
    }

    /** The operations, in report order; empty for a change to the service as a whole, which is never grouped. */
    public List<String> operations() {
        return changes.stream().map(Change::operation).filter(Objects::nonNull).toList();
    }

    public int count() {
        return changes.size();
    }

    /** Whether it stands for more than one change, so a report lists its operations behind it. */
    public boolean grouped() {
        return changes.size() > 1;
    }
}
