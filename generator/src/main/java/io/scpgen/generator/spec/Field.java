package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A field of a model; {@code name} is its JSON name as the docs write it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Field(String name, boolean required, String description, TypeRef type,
                    @JsonProperty("default") JsonNode defaultValue, JsonNode example, Constraints constraints) {
}
