package io.scpgen.generator.diff;

import io.scpgen.generator.spec.ServiceSpec;
import java.util.List;
import java.util.stream.Stream;

/**
 * The diff stage: what changed between two snapshots of a service's spec, or between the consecutive API versions
 * inside one spec. The result depends on the specs alone and is sorted by {@link Change#ORDER}.
 */
public final class SpecDiff {

    private SpecDiff() {
    }

    /** The changes from {@code old} to {@code now}: versions, operations, their versions and everything inside. */
    public static List<Change> betweenSnapshots(ServiceSpec old, ServiceSpec now) {
        DiffContext context = new DiffContext(old, now);
        new ApiVersionRules(context).betweenSnapshots();
        new CoverageRule(context).betweenSnapshots();
        new OperationRules(context).betweenSnapshots();
        return sorted(context.changes());
    }

    /**
     * The changes from each API version of {@code spec} to the next, operation by operation; where the docs give a
     * version's history, also what of it the changes do not bear out ({@link HistoryCheck}).
     */
    public static List<Change> betweenVersions(ServiceSpec spec) {
        DiffContext context = new DiffContext(spec, spec);
        new CoverageRule(context).betweenVersions(spec);
        new OperationRules(context).betweenVersions(spec);
        List<Change> computed = sorted(context.changes());
        List<Change> flags = HistoryCheck.flags(HistoryCheck.check(spec, computed));
        return flags.isEmpty() ? computed : sorted(Stream.concat(computed.stream(), flags.stream()).toList());
    }

    private static List<Change> sorted(List<Change> changes) {
        return changes.stream().sorted(Change.ORDER).toList();
    }
}
