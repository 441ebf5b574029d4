package io.scpgen.generator.report;

import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeKind;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.diff.ChangeSeverity;
import io.scpgen.generator.diff.HistoryCheck;
import io.scpgen.generator.diff.Snapshot;
import io.scpgen.generator.diff.SpecDiff;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * What a report shows: the changes and what was compared.
 *
 * @param service    the service's name ({@code virtualserver})
 * @param oldInputs  the file names of the old side (doc pages or a spec JSON), sorted
 * @param newInputs  the file names of the new side; for {@link Comparison#VERSIONS} the same as {@code oldInputs}
 * @param history    between versions, the docs' history of each version that has one, checked against the changes;
 *                   empty otherwise
 */
public record DiffReport(String service, Comparison comparison, List<String> oldInputs, List<String> newInputs,
                         List<Change> changes, List<HistoryCheck.VersionHistory> history) {

    /** What the changes are between. */
    public enum Comparison {
        /** Two snapshots of the docs (or specs). */
        SNAPSHOTS,
        /** The consecutive API versions inside one snapshot. */
        VERSIONS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DiffReport {
        oldInputs = oldInputs.stream().sorted().toList();
        newInputs = newInputs.stream().sorted().toList();
        changes = List.copyOf(changes);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A report without history: between snapshots, or versions whose docs give none. */
    public DiffReport(String service, Comparison comparison, List<String> oldInputs, List<String> newInputs,
                      List<Change> changes) {
        this(service, comparison, oldInputs, newInputs, changes, List.of());
    }

    /**
     * What changes between the consecutive API versions inside one snapshot, and, where the docs give a version's
     * history, that history beside the changes computed for it.
     */
    public static DiffReport betweenVersions(Snapshot snapshot) {
        List<Change> changes = SpecDiff.betweenVersions(snapshot.spec());
        return new DiffReport(snapshot.spec().name(), Comparison.VERSIONS, snapshot.inputs(), snapshot.inputs(),
                changes, HistoryCheck.check(snapshot.spec(), changes));
    }

    /** What changes from the old snapshot to the new one; the service is named as the new one names it. */
    public static DiffReport betweenSnapshots(Snapshot old, Snapshot now) {
        return new DiffReport(now.spec().name(), Comparison.SNAPSHOTS, old.inputs(), now.inputs(),
                SpecDiff.betweenSnapshots(old.spec(), now.spec()));
    }

    /** Per service, what changes between the consecutive API versions inside one snapshot; by service id. */
    public static List<DiffReport> betweenVersionsPerService(Snapshot snapshot) {
        return snapshot.specs().stream().map(spec -> betweenVersions(snapshot.only(spec))).toList();
    }

    /**
     * Per service, what changes from the old snapshot to the new one, by service id: a service only the new one has is
     * added, one only the old one has is removed (breaking).
     */
    public static List<DiffReport> betweenSnapshotsPerService(Snapshot old, Snapshot now) {
        java.util.SortedSet<String> services = new java.util.TreeSet<>();
        old.specs().forEach(s -> services.add(s.name()));
        now.specs().forEach(s -> services.add(s.name()));
        return services.stream().map(name -> {
            Optional<ServiceSpec> before = old.service(name);
            Optional<ServiceSpec> after = now.service(name);
            if (before.isPresent() && after.isPresent()) {
                return betweenSnapshots(old.only(before.get()), now.only(after.get()));
            }
            ChangeKind kind = after.isPresent() ? ChangeKind.SERVICE_ADDED : ChangeKind.SERVICE_REMOVED;
            ServiceSpec spec = after.orElseGet(before::get);
            String message = "service " + name + (after.isPresent() ? " added: " : " removed: ")
                    + spec.operations().size() + " operations in versions "
                    + spec.versions().stream().map(v -> v.version()).toList();
            return new DiffReport(name, Comparison.SNAPSHOTS, old.inputs(), now.inputs(), List.of(new Change(kind,
                    null, null, null, "", before.map(ServiceSpec::name).orElse(null),
                    after.map(ServiceSpec::name).orElse(null), message)));
        }).toList();
    }

    /** The changes as the summary shows them: those the same apart from their operation as one group. */
    public List<ChangeGroup> changeGroups() {
        return ChangeGroup.of(changes);
    }

    public long count(ChangeSeverity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }
}
