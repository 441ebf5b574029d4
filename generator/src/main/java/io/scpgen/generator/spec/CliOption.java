package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** An option of a CLI command ({@code --image_id <value>}); a flag such as {@code [--long]} has type boolean. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CliOption(String name, boolean required, TypeRef type, String description, JsonNode example) {
}
