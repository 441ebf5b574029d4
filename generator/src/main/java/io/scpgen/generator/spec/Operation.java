package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
}
