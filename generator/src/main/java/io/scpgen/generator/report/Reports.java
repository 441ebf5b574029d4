package io.scpgen.generator.report;

import java.nio.file.Path;

/** The report stage: a {@link DiffReport} as Markdown, HTML or JSON text; the same report gives the same bytes. */
public final class Reports {

    private Reports() {
    }

    /**
     * @param template a Mustache template file to use instead of the built-in one; null for the built-in one (always
     *                 for JSON, which has a fixed schema)
     */
    public static String render(DiffReport report, ReportFormat format, Path template) throws TemplateException {
        if (template != null && !format.usesTemplate()) {
            throw new IllegalArgumentException(format.id() + " reports have a fixed schema, not a template");
        }
        if (format == ReportFormat.JSON) {
            return JsonReport.render(report);
        }
        return TemplateRenderer.render(ReportView.of(report), format, template);
    }
}
