package io.scpgen.generator.emit;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One client of the generated SDK, decided once for every class that renders it: a client pinned to one API version
 * (exactly the operations documented for it), or the current client (every operation at its newest documented
 * version: the newest CURRENT one, else the newest SUPPORTED, else the newest DEPRECATED, never a PLANNED one; among
 * the versions chosen for generation, when some are).
 */
public final class SdkClient {

    private final ApiVersion pinned;
    private final Map<Operation, OperationVariant> variants;
    private final Map<Operation, OperationVariant> newest;
    private final List<String> plannedVersions;
    private final Map<String, List<Operation>> groups = new TreeMap<>();

    private SdkClient(ApiVersion pinned, Map<Operation, OperationVariant> variants,
                      Map<Operation, OperationVariant> newest, List<String> plannedVersions) {
        this.pinned = pinned;
        this.variants = variants;
        this.newest = newest;
        this.plannedVersions = plannedVersions;
        variants.keySet().forEach(o -> groups.computeIfAbsent(o.group(), k -> new ArrayList<>()).add(o));
    }

    /** The client of API version {@code version}; {@code settings} choose the newest version of each operation. */
    public static SdkClient pinned(ServiceSpec spec, ApiVersion version, EmitSettings settings) {
        Map<Operation, OperationVariant> variants = new LinkedHashMap<>();
        for (Operation operation : spec.operations()) {
            operation.variant(version.version()).ifPresent(variant -> variants.put(operation, variant));
        }
        return new SdkClient(version, variants, newestVariants(spec, settings), List.of());
    }

    /**
     * The current client: each operation at its newest documented version among those {@code settings} include, never
     * a PLANNED one.
     */
    public static SdkClient current(ServiceSpec spec, EmitSettings settings) {
        Map<Operation, OperationVariant> variants = newestVariants(spec, settings);
        List<String> planned = spec.versions().stream()
                .filter(v -> v.status() == LifecycleStatus.PLANNED && settings.includes(v.version()))
                .map(ApiVersion::version).toList();
        return new SdkClient(null, variants, variants, planned);
    }

    private static Map<Operation, OperationVariant> newestVariants(ServiceSpec spec, EmitSettings settings) {
        Map<Operation, OperationVariant> variants = new LinkedHashMap<>();
        for (Operation operation : spec.operations()) {
            Operation.newest(operation.variants().stream().filter(v -> settings.includes(v.version())).toList())
                    .ifPresent(variant -> variants.put(operation, variant));
        }
        return variants;
    }

    /** Whether the client has no operation (none of its versions documents one). */
    public boolean isEmpty() {
        return variants.isEmpty();
    }

    /** Whether this is the current client, whose operations each have their own version. */
    public boolean isCurrent() {
        return pinned == null;
    }

    /** The pinned version; empty for the current client. */
    public Optional<ApiVersion> pinnedVersion() {
        return Optional.ofNullable(pinned);
    }

    /** The current client's PLANNED versions, which it never calls (oldest first); empty for a pinned client. */
    public List<String> plannedVersions() {
        return plannedVersions;
    }

    /** Whether this client is pinned to a PLANNED version: documented, but SCP does not accept its calls yet. */
    public boolean isPlanned() {
        return pinned != null && pinned.status() == LifecycleStatus.PLANNED;
    }

    /** The package-naming version: {@code 1.3}, or null for the current client. */
    public String version() {
        return pinned == null ? null : pinned.version();
    }

    /** The variant this client calls for {@code operation}. */
    public OperationVariant variant(Operation operation) {
        OperationVariant variant = variants.get(operation);
        if (variant == null) {
            throw new IllegalArgumentException(operation.key() + " is not in this client");
        }
        return variant;
    }

    /**
     * The newest version the docs document for {@code operation}, the one the current client calls: what the runtime's
     * warning about a version past its date recommends. Empty when no callable version documents it.
     */
    public Optional<String> newestVersion(Operation operation) {
        return Optional.ofNullable(newest.get(operation)).map(OperationVariant::version);
    }

    /** The versions this client calls, oldest first: those the runtime's version check looks at. */
    public List<String> usedVersions() {
        return variants.values().stream().map(OperationVariant::version).distinct()
                .sorted(ApiVersion.VERSION_ORDER).toList();
    }

    /** The client's operations by resource group, groups in name order, operations in the spec's order. */
    public Map<String, List<Operation>> groups() {
        return Collections.unmodifiableMap(groups);
    }
}
