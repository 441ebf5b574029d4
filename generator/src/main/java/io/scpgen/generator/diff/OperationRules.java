package io.scpgen.generator.diff;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Operations and their versions. Between snapshots: operations and operation versions added or removed, the
 * versions both have compared (lifecycle included), and a version new to an operation compared with the version
 * before it, so a new snapshot shows what its new version changes. Between versions: each operation's consecutive
 * versions compared, and an operation first documented in a later version reported as added there.
 */
final class OperationRules {

    private static final Comparator<OperationVariant> BY_VERSION =
            Comparator.comparing(OperationVariant::version, ApiVersion.VERSION_ORDER);

    private final DiffContext context;

    OperationRules(DiffContext context) {
        this.context = context;
    }

    void betweenSnapshots() {
        List<Matched<Operation>> operations = Matched.by(context.oldSpec().operations(),
                context.newSpec().operations(), Operation::key, Change.OPERATION_ORDER);
        for (Matched<Operation> operation : operations) {
            if (operation.old() == null) {
                context.report(ChangeKind.OPERATION_ADDED, Site.of(operation.key(), null, null), null,
                        versions(operation.now()), "operation added, documented for " + versions(operation.now()));
            } else if (operation.now() == null) {
                context.report(ChangeKind.OPERATION_REMOVED, Site.of(operation.key(), null, null),
                        versions(operation.old()), null, "operation removed, was documented for "
                                + versions(operation.old()));
            } else {
                variantsBetweenSnapshots(operation.old(), operation.now());
                currentVersion(operation.old(), operation.now());
            }
        }
    }

    /** The version the SDK's current client calls moves when the docs add or re-rank versions: say so. */
    private void currentVersion(Operation old, Operation now) {
        String before = old.current().map(OperationVariant::version).orElse(null);
        String after = now.current().map(OperationVariant::version).orElse(null);
        if (before != null && after != null && !before.equals(after)) {
            context.report(ChangeKind.CURRENT_VERSION_CHANGED, Site.of(now.key(), before, after).at("currentVersion"),
                    before, after, "the current client calls " + after + " instead of " + before);
        } else if (before == null && after != null) {
            // every version of it was PLANNED before
            context.report(ChangeKind.CURRENT_VERSION_CHANGED, Site.of(now.key(), null, after).at("currentVersion"),
                    null, after, "the current client calls " + after + ", before no version of it was callable");
        }
    }

    private void variantsBetweenSnapshots(Operation old, Operation now) {
        for (Matched<OperationVariant> variant : Matched.by(old.variants(), now.variants(),
                OperationVariant::version, ApiVersion.VERSION_ORDER)) {
            String version = variant.key();
            if (variant.old() == null) {
                context.report(ChangeKind.OPERATION_VERSION_ADDED, Site.of(now.key(), null, version), null, version,
                        "version " + version + " added");
                predecessor(now, version).ifPresent(previous -> new VariantRules(context.within(context.newSpec()))
                        .compare(Site.of(now.key(), previous.version(), version), previous, variant.now()));
            } else if (variant.now() == null) {
                context.report(ChangeKind.OPERATION_VERSION_REMOVED, Site.of(now.key(), version, null), version, null,
                        "version " + version + " removed");
            } else {
                Site site = Site.of(now.key(), version, version);
                new LifecycleRules(context).compare(site.at("lifecycle"), variant.old().lifecycle(),
                        variant.now().lifecycle());
                new VariantRules(context).compare(site, variant.old(), variant.now());
            }
        }
    }

    void betweenVersions(ServiceSpec spec) {
        String oldest = spec.versions().stream().map(ApiVersion::version).min(ApiVersion.VERSION_ORDER).orElse(null);
        for (Operation operation : spec.operations()) {
            List<OperationVariant> variants = operation.variants().stream().sorted(BY_VERSION).toList();
            if (!variants.isEmpty() && !variants.get(0).version().equals(oldest)) {
                String first = variants.get(0).version();
                context.report(ChangeKind.OPERATION_ADDED, Site.of(operation.key(), null, first), null, first,
                        "operation added in " + first);
            }
            for (int i = 1; i < variants.size(); i++) {
                OperationVariant previous = variants.get(i - 1);
                OperationVariant next = variants.get(i);
                new VariantRules(context).compare(Site.of(operation.key(), previous.version(), next.version()),
                        previous, next);
            }
        }
    }

    /** The newest variant of {@code operation} older than {@code version}. */
    private static Optional<OperationVariant> predecessor(Operation operation, String version) {
        return operation.variants().stream()
                .filter(v -> ApiVersion.VERSION_ORDER.compare(v.version(), version) < 0)
                .max(BY_VERSION);
    }

    /** {@code 1.0, 1.1}. */
    private static String versions(Operation operation) {
        return operation.variants().stream().sorted(BY_VERSION).map(OperationVariant::version)
                .collect(Collectors.joining(", "));
    }
}
