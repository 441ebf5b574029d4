package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Lifecycle of one API version as a page documents it.
 *
 * @param supportedUntil ISO date ({@code 2026-05-31}); null when the docs say {@code -}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Lifecycle(LifecycleStatus status, String supportedUntil) {

    /** True when this lifecycle is further along than the other one: newer docs move a version forward, never back. */
    public boolean isLaterThan(Lifecycle other) {
        if (status != other.status) {
            return status.ordinal() > other.status.ordinal();
        }
        return supportedUntil != null && other.supportedUntil == null;
    }
}
