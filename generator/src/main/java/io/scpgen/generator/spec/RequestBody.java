package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body an operation version takes. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RequestBody(TypeRef type, boolean required, String description) {
}
