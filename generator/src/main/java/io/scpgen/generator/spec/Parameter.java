package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A path, query or header parameter of one operation version.
 *
 * @param in           {@code path}, {@code query}, {@code header} or {@code cookie}
 * @param defaultValue the docs' default, typed by {@code type}; null when the docs say {@code None}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Parameter(String in, String name, boolean required, String description, TypeRef type,
                        @JsonProperty("default") JsonNode defaultValue, JsonNode example, Constraints constraints) {
}
