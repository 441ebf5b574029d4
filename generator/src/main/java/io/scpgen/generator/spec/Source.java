package io.scpgen.generator.spec;

/** Where something was documented: the file name (no folder, so the spec does not depend on where the docs sit) and line. */
public record Source(String file, int line) {
}
