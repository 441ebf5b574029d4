package io.scpgen.generator.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a {@link ReportView} with a Mustache template: the built-in one of the format, or a user's file. Values are
 * escaped for the format ({@code {{x}}}: HTML entities in HTML, backslashes in Markdown). A new factory per call keeps
 * rendering free of shared state, so goals may run in parallel.
 */
final class TemplateRenderer {

    private TemplateRenderer() {
    }

    /**
     * @param template the user's template file; null for the built-in one
     */
    static String render(ReportView view, ReportFormat format, Path template) throws TemplateException {
        String name = template == null ? format.templateResource() : template.toString();
        String text = template == null ? builtIn(format) : read(template);
        try {
            Mustache mustache = factory(format).compile(new StringReader(text), name);
            StringWriter out = new StringWriter();
            mustache.execute(out, view);
            return out.toString();
        } catch (MustacheException e) {
            throw new TemplateException("template " + name + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** A factory escaping values for {@code format}; a template is one self-contained file, so no partials. */
    private static MustacheFactory factory(ReportFormat format) {
        return new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                if (format == ReportFormat.HTML) {
                    super.encode(value, writer);
                    return;
                }
                try {
                    MarkdownEscaper.escape(value, writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Reader getReader(String resourceName) {
                throw new MustacheException("partial " + resourceName + " not supported: a template is one file");
            }
        };
    }

    private static String builtIn(ReportFormat format) {
        try (InputStream in = TemplateRenderer.class.getResourceAsStream(format.templateResource())) {
            if (in == null) {
                throw new IllegalStateException("built-in template " + format.templateResource() + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path template) throws TemplateException {
        try {
            return Files.readString(template, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateException("cannot read template " + template + ": " + e, e);
        }
    }
}
