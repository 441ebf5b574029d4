package io.scpgen.generator.diff;

import io.scpgen.generator.spec.ServiceSpec;
import java.util.List;

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
        return sorted(context);
    }

    /** The changes from each API version of {@code spec} to the next, operation by operation. */
    public static List<Change> betweenVersions(ServiceSpec spec) {
        DiffContext context = new DiffContext(spec, spec);
        new CoverageRule(context).betweenVersions(spec);
        new OperationRules(context).betweenVersions(spec);
        return sorted(context);
    }

    private static List<Change> sorted(DiffContext context) {
        return context.changes().stream().sorted(Change.ORDER).toList();
    }
}
