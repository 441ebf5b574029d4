package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One documented response.
 *
 * @param status HTTP status code as written ({@code 200})
 * @param type   the body's type; null when the docs say {@code None}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Response(String status, String description, TypeRef type) {
}
