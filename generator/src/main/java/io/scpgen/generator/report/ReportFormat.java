package io.scpgen.generator.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats, by the name users give them ({@code md}, {@code html}, {@code json}). */
public enum ReportFormat {
    MARKDOWN("md", "markdown.mustache"),
    HTML("html", "html.mustache"),
    JSON("json", null);

    private final String id;
    private final String template;

    ReportFormat(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** {@code md}: the option value and the file extension. */
    public String id() {
        return id;
    }

    /** Whether the format is rendered from a Mustache template a user may replace. */
    public boolean usesTemplate() {
        return template != null;
    }

    /** The built-in template's resource name, beside this class. */
    String templateResource() {
        return template;
    }

    public static Optional<ReportFormat> parse(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** {@code md|html|json}: for usage messages. */
    public static String choices() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining("|"));
    }
}
