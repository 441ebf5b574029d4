package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field a CLI command prints.
 *
 * @param requiresOption the flag that must be given for the field to be printed ({@code long}); null when none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CliField(String name, String description, JsonNode example, String requiresOption) {
}
