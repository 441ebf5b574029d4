package io.scpgen.generator.emit;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
    /** By {@link Operation#key()}: an operation record's own hash walks every variant, example and parameter. */
    private final Map<String, OperationVariant> variants = new HashMap<>();
    /** The newest callable variant of every operation, by key: what the past-date warning recommends. */
    private final Map<String, OperationVariant> newest;
    private final Map<String, List<Operation>> groups = new TreeMap<>();
    private final List<String> plannedVersions;

    private SdkClient(ApiVersion pinned, Map<String, OperationVariant> newest, List<String> plannedVersions) {
        this.pinned = pinned;
        this.newest = newest;
        this.plannedVersions = plannedVersions;
    }

    /** The client of API version {@code version}; {@code settings} choose the newest version of each operation. */
    public static SdkClient pinned(ServiceSpec spec, ApiVersion version, EmitSettings settings) {
        SdkClient client = new SdkClient(version, newestVariants(spec, settings), List.of());
        for (Operation operation : spec.operations()) {
            operation.variant(version.version()).ifPresent(variant -> client.add(operation, variant));
        }
        return client;
    }

    /**
     * The current client: each operation at its newest documented version among those {@code settings} include, never
     * a PLANNED one.
     */
    public static SdkClient current(ServiceSpec spec, EmitSettings settings) {
        List<String> planned = spec.versions().stream()
                .filter(v -> v.status() == LifecycleStatus.PLANNED && settings.includes(v.version()))
                .map(ApiVersion::version).toList();
        Map<String, OperationVariant> newest = newestVariants(spec, settings);
        SdkClient client = new SdkClient(null, newest, planned);
        for (Operation operation : spec.operations()) {
            OperationVariant variant = newest.get(operation.key());
            if (variant != null) {
                client.add(operation, variant);
            }
        }
        return client;
    }

    private static Map<String, OperationVariant> newestVariants(ServiceSpec spec, EmitSettings settings) {
        Map<String, OperationVariant> newest = new HashMap<>();
        for (Operation operation : spec.operations()) {
            Operation.newest(operation.variants().stream().filter(v -> settings.includes(v.version())).toList())
                    .ifPresent(variant -> newest.put(operation.key(), variant));
        }
        return newest;
    }

    private void add(Operation operation, OperationVariant variant) {
        variants.put(operation.key(), variant);
        groups.computeIfAbsent(operation.group(), k -> new ArrayList<>()).add(operation);
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

    /** The package-naming version: {@code 1.3}, or null for the current client. */
    public String version() {
        return pinned == null ? null : pinned.version();
    }

    /** The variant this client calls for {@code operation}. */
    public OperationVariant variant(Operation operation) {
        OperationVariant variant = variants.get(operation.key());
        if (variant == null) {
            throw new IllegalArgumentException(operation.key() + " is not in this client");
        }
        return variant;
    }

    /** The current client's PLANNED versions, which it never calls (oldest first); empty for a pinned client. */
    public List<String> plannedVersions() {
        return plannedVersions;
    }

    /** Whether this client is pinned to a PLANNED version: documented, but SCP does not accept its calls yet. */
    public boolean isPlanned() {
        return pinned != null && pinned.status() == LifecycleStatus.PLANNED;
    }

    /**
     * The newest version the docs document for {@code operation}, the one the current client calls: what the runtime's
     * warning about a version past its date recommends. Empty when no callable version documents it.
     */
    public Optional<String> newestVersion(Operation operation) {
        return Optional.ofNullable(newest.get(operation.key())).map(OperationVariant::version);
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
