package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One API version of a CLI command. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CliVariant(String version, Lifecycle lifecycle, String description, List<CliOption> options,
                         List<CliField> responseFields, Source source) {

    public CliVariant {
        options = options == null ? List.of() : List.copyOf(options);
        responseFields = responseFields == null ? List.of() : List.copyOf(responseFields);
    }
}
