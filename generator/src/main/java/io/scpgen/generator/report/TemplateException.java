package io.scpgen.generator.report;

/** A report template that cannot be read or does not parse; the message names the file and, where known, the line. */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
