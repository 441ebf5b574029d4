package io.scpgen.generator.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * The reports of several services as one text, grouped by service in id order: one report renders as above;
     * several are, in Markdown, one after another; in HTML, one page with a section per service; in JSON, an object
     * {@code {"schema": "scpgen-diff-services/1", "reports": [...]}} of {@code scpgen-diff/1} reports.
     */
    public static String render(List<DiffReport> reports, ReportFormat format, Path template) throws TemplateException {
        if (reports.size() == 1) {
            return render(reports.get(0), format, template);
        }
        List<String> texts = new ArrayList<>();
        for (DiffReport report : reports) {
            texts.add(render(report, format, template));
        }
        return switch (format) {
            case JSON -> "{\n  \"schema\": \"scpgen-diff-services/1\",\n  \"reports\": [\n"
                    + texts.stream().map(t -> indent(t.strip())).collect(Collectors.joining(",\n")) + "\n  ]\n}\n";
            case HTML -> onePage(texts);
            default -> String.join("\n", texts);
        };
    }

    /** The pages' bodies, each in a section, in the first page's document; pages without a body one after another. */
    private static String onePage(List<String> pages) {
        if (pages.stream().anyMatch(p -> !p.contains("<body>") || !p.contains("</body>"))) {
            return String.join("\n", pages);
        }
        String first = pages.get(0);
        StringBuilder page = new StringBuilder(first.substring(0, first.indexOf("<body>") + "<body>".length()))
                .append('\n');
        for (String text : pages) {
            page.append("<section class=\"service\">\n")
                    .append(text, text.indexOf("<body>") + "<body>".length(), text.lastIndexOf("</body>"))
                    .append("</section>\n");
        }
        return page.append(first.substring(first.lastIndexOf("</body>"))).toString();
    }

    private static String indent(String json) {
        return json.lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
    }
}
