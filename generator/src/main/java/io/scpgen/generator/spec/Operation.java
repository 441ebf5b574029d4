package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One method + path, with a variant per API version (oldest first).
 *
 * @param id    stable method name from the title ({@code listImages})
 * @param group resource group from the path ({@code images})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Operation(String id, String title, String method, String path, String group,
                        List<OperationVariant> variants) {

    public Operation {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** {@code GET /v1/images}: how reports and diagnostics name the operation. */
    @JsonIgnore
    public String key() {
        return method + " " + path;
    }

    public Optional<OperationVariant> variant(String version) {
        return variants.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    /** The variant the current client calls: {@link #newest(List)} of all. */
    public Optional<OperationVariant> current() {
        return newest(variants);
    }

    /**
     * Rule: the version an SDK's current client calls: the newest CURRENT variant, else the newest SUPPORTED one,
     * else the newest DEPRECATED one; variants whose lifecycle the docs do not state come last. A PLANNED variant is
     * never chosen: SCP does not accept its calls yet, so an operation documented only as PLANNED has none.
     */
    public static Optional<OperationVariant> newest(List<OperationVariant> variants) {
        Comparator<OperationVariant> newestFirst = Comparator.comparing(OperationVariant::version,
                ApiVersion.VERSION_ORDER).reversed();
        for (LifecycleStatus status : LifecycleStatus.CALLABLE) {
            Optional<OperationVariant> found = variants.stream()
                    .filter(v -> v.lifecycle().status() == status).min(newestFirst);
            if (found.isPresent()) {
                return found;
            }
        }
        return variants.stream().filter(v -> v.lifecycle().status() == null).min(newestFirst);
    }
}
