package io.scpgen.generator.openapi;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one API version of a service documents: its operations (sorted by path, then method in the order
 * {@link HttpMethods#ORDER}) and its lifecycle.
 *
 * @param lifecycle the version's lifecycle as the newest docs state it
 */
record VersionSlice(ServiceSpec spec, String version, Lifecycle lifecycle, List<Entry> entries) {

    /** One operation as this version documents it. */
    record Entry(Operation operation, OperationVariant variant) {

        /**
         * The lifecycle this operation version is exported with: the version's, unless the variant's own page
         * states one further along (newer docs move a version forward, never back).
         */
        Lifecycle lifecycle(Lifecycle ofVersion) {
            Lifecycle own = variant.lifecycle();
            if (ofVersion == null || ofVersion.status() == null) {
                return own;
            }
            return own != null && own.status() != null && own.isLaterThan(ofVersion) ? own : ofVersion;
        }

        /** Where the docs document this operation version; the spec file itself when the spec does not say. */
        Source source(ServiceSpec spec) {
            return variant.source() != null ? variant.source() : VersionSlice.specSource(spec);
        }
    }

    static final Comparator<Operation> PATH_THEN_METHOD = Comparator.comparing(Operation::path)
            .thenComparing(Operation::method, HttpMethods.ORDER);

    static VersionSlice of(ServiceSpec spec, String version) {
        List<Entry> entries = new ArrayList<>();
        spec.operations().stream().sorted(PATH_THEN_METHOD)
                .forEach(operation -> operation.variant(version).ifPresent(v -> entries.add(new Entry(operation, v))));
        Lifecycle lifecycle = spec.versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .map(ApiVersion::lifecycle)
                .or(() -> latestVariantLifecycle(entries))
                .orElse(null);
        return new VersionSlice(spec, version, lifecycle, List.copyOf(entries));
    }

    /** {@code virtualserver 1.3}, the {@code Scp-Api-Version} header's value; null when the docs name no service. */
    String apiVersionHeader() {
        return hasServiceName(spec) ? spec.name() + " " + version : null;
    }

    /**
     * The version as messages name it: {@code virtualserver 1.3}, or {@code API version 1.3} when the docs name no
     * service (never {@code null}, as the header would be).
     */
    String describe() {
        String header = apiVersionHeader();
        return header != null ? header : "API version " + version;
    }

    static boolean hasServiceName(ServiceSpec spec) {
        return spec.name() != null && !spec.name().isBlank();
    }

    static Source specSource(ServiceSpec spec) {
        return new Source((hasServiceName(spec) ? spec.name() : "spec") + ".json", 0);
    }

    private static Optional<Lifecycle> latestVariantLifecycle(List<Entry> entries) {
        Lifecycle latest = null;
        for (Entry entry : entries) {
            Lifecycle own = entry.variant().lifecycle();
            if (own != null && own.status() != null && (latest == null || own.isLaterThan(latest))) {
                latest = own;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Every version the spec knows, oldest first: those it lists and those only its operations document. */
    static List<String> versions(ServiceSpec spec) {
        TreeSet<String> versions = new TreeSet<>(ApiVersion.VERSION_ORDER);
        spec.versions().forEach(v -> versions.add(v.version()));
        spec.operations().forEach(o -> o.variants().forEach(v -> versions.add(v.version())));
        return List.copyOf(versions);
    }
}
