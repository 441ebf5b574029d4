package io.scpgen.generator.spec;

/** How bad a problem found in the docs is. */
public enum Severity {
    WARNING,
    ERROR;

    public String label() {
        return this == WARNING ? "warning" : "error";
    }
}
