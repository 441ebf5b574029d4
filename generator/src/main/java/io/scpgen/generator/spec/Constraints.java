package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** Value constraints the docs state for a field or parameter ({@code Pattern : ...}, {@code Minimum length : 1}...). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Constraints(String pattern, Integer minLength, Integer maxLength, BigDecimal minimum, BigDecimal maximum) {

    @JsonIgnore
    public boolean isEmpty() {
        return pattern == null && minLength == null && maxLength == null && minimum == null && maximum == null;
    }
}
