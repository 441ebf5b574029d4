package io.scpgen.generator.diff;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.List;
import java.util.function.Predicate;

/**
 * A version documented for only some of the operations that existed by then (the docs of a new version often cover
 * only what changed): a warning, since a client of that version cannot tell whether the others still exist. An
 * operation first documented in a later version does not count against an earlier one. Between versions every such
 * version is reported; between snapshots only where the new snapshot's coverage of it differs from the old one's.
 */
final class CoverageRule {

    private final DiffContext context;

    CoverageRule(DiffContext context) {
        this.context = context;
    }

    void betweenVersions(ServiceSpec spec) {
        for (ApiVersion version : spec.versions()) {
            Coverage coverage = Coverage.of(spec, version.version());
            if (coverage.isPartial()) {
                report(version.version(), coverage, null);
            }
        }
    }

    void betweenSnapshots() {
        for (ApiVersion version : context.newSpec().versions()) {
            Coverage now = Coverage.of(context.newSpec(), version.version());
            Coverage old = Coverage.of(context.oldSpec(), version.version());
            if (now.isPartial() && !now.equals(old)) {
                boolean existed = context.oldSpec().versions().stream()
                        .anyMatch(v -> v.version().equals(version.version()));
                report(version.version(), now, existed ? old.describe() : null);
            }
        }
    }

    private void report(String version, Coverage coverage, String before) {
        List<String> missing = coverage.expected().stream().filter(Predicate.not(coverage.documented()::contains))
                .toList();
        // name whichever list is shorter: the few documented operations, or the few left out
        String which = coverage.documented().size() <= missing.size()
                ? "only for " + String.join(", ", coverage.documented()) : "not for " + String.join(", ", missing);
        context.report(ChangeKind.VERSION_PARTIALLY_DOCUMENTED, ApiVersionRules.site(version, null, version), before,
                coverage.describe(), "documented for " + coverage.describe() + ": " + which);
    }

    /**
     * @param expected   the operations documented in this version or an older one, by key
     * @param documented those documented in this version
     */
    private record Coverage(List<String> expected, List<String> documented) {

        static Coverage of(ServiceSpec spec, String version) {
            return new Coverage(keys(spec, o -> o.variants().stream()
                            .anyMatch(v -> ApiVersion.VERSION_ORDER.compare(v.version(), version) <= 0)),
                    keys(spec, o -> o.variant(version).isPresent()));
        }

        boolean isPartial() {
            return documented.size() < expected.size();
        }

        /** {@code 3 of 112 operations}. */
        String describe() {
            return documented.size() + " of " + expected.size() + " operations";
        }

        private static List<String> keys(ServiceSpec spec, Predicate<Operation> filter) {
            return spec.operations().stream().filter(filter).map(Operation::key).sorted(Change.OPERATION_ORDER)
                    .toList();
        }
    }
}
