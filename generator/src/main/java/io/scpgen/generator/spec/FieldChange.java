package io.scpgen.generator.spec;

/**
 * A field-level difference of a version variant from its base model.
 *
 * @param path   JSON path of the field, {@code images[].scp_gpu_driver}
 * @param change {@code added}, {@code removed} or {@code changed}
 * @param detail what changed, e.g. {@code string -> integer}; empty for added and removed fields
 */
public record FieldChange(String path, String change, String detail) {
}
