package io.scpgen.generator.versions;

/**
 * One version as the live service lists it on {@code GET /}.
 *
 * @param version   without the {@code v}: {@code 1.3}
 * @param status    as the service gives it: CURRENT, SUPPORTED, PLANNED, DEPRECATED, or a word it newly uses
 * @param notBefore the service's date for it ({@code 2026-05-31}); null when it gives none
 */
public record LiveVersion(String version, String status, String notBefore) {
}
