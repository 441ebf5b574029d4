package io.scpgen.generator.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.docs.Block.Code;
import io.scpgen.generator.docs.Block.Heading;
import io.scpgen.generator.docs.Block.Paragraph;
import io.scpgen.generator.docs.Block.Table;
import io.scpgen.generator.docs.rules.LifecycleStatusLine;
import io.scpgen.generator.docs.rules.Spaces;
import io.scpgen.generator.spec.CliField;
import io.scpgen.generator.spec.CliOption;
import io.scpgen.generator.spec.CliVariant;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.JsonText;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.RequestBody;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.TypeRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one section of a page: an endpoint version, a CLI command version, or a model table. */
final class SectionReader {

    /** {@code [--long]}: an option that takes no value. */
    private static final Pattern FLAG_OPTION = Pattern.compile("\\[--[\\w-]+]");


    private final String file;
    private final Diagnostics diagnostics;
    private final DocParser.RowCounter rows;
    private final RowReader rowReader;

    SectionReader(String file, Diagnostics diagnostics, DocParser.RowCounter rows) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.rows = rows;
        this.rowReader = new RowReader(file, diagnostics);
    }

    /** The parts every version section has: description, lifecycle; collected while walking the section. */
    private final class VersionParts {
        final String version;
        final StringBuilder description = new StringBuilder();
        LifecycleStatus status;
        String supportedUntil;
        String label = "";

        VersionParts(String version) {
            this.version = version;
        }

        /** Takes the block if it is one of the shared parts; false otherwise. */
        boolean take(Block block) {
            if (block instanceof Heading h && h.number() == null) {
                label = h.text().toLowerCase(Locale.ROOT);
                return true;
            }
            if (block instanceof Paragraph p) {
                return takeParagraph(p);
            }
            if (block instanceof Table t && t.layout() == TableLayout.VERSION_LIFECYCLE) {
                for (Block.Row row : t.rows()) {
                    lifecycleRow(row);
                }
                return true;
            }
            return false;
        }

        private boolean takeParagraph(Paragraph p) {
            String text = Spaces.collapse(p.text());
            boolean statusLine = LineShapes.STATUS_LINE.matcher(text).matches();
            Optional<LifecycleStatus> parsed = LifecycleStatusLine.parse(text);
            if (parsed.isPresent() && statusLine) {
                status = parsed.get();
                label = "status";
                return true;
            }
            if (statusLine) {
                diagnostics.error(file, p.line(), "cannot read the state '" + text
                        + "': expected 'ACTIVE (CURRENT)', 'ACTIVE (SUPPORTED)', 'ACTIVE (DEPRECATED)'"
                        + " or 'ACTIVE (PLANNED)'");
                return true;
            }
            if (label.equals("description")) {
                description.append(description.length() == 0 ? "" : "\n").append(text);
                return true;
            }
            return false;
        }

        private void lifecycleRow(Block.Row row) {
            Optional<String> date = LifecycleStatusLine.isoDate(row.cell(1));
            if (!row.cell(0).trim().equals(version) || date.isEmpty()) {
                diagnostics.warn(file, row.line(), "version row " + row.cells() + " does not fit section "
                        + version + ": expected '" + version + "' and a date (20260531) or '-'");
                return;
            }
            supportedUntil = date.get().isEmpty() ? null : date.get();
        }

        Lifecycle lifecycle(Heading heading) {
            if (status == null) {
                diagnostics.warn(file, heading.line(), "version " + version + " section has no state line:"
                        + " expected '상태 ACTIVE (CURRENT)' or 'State ACTIVE (CURRENT)'; the service header decides");
            }
            return new Lifecycle(status, supportedUntil);
        }
    }

    Optional<DocPage.EndpointSection> endpoint(String title, Heading heading, List<Block> body) {
        VersionParts parts = new VersionParts(heading.text());
        String method = null;
        String path = null;
        List<Parameter> parameters = new ArrayList<>();
        List<RequestBody> requestBodies = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        JsonNode requestExample = null;
        Map<String, JsonNode> responseExamples = new TreeMap<>();
        for (Block block : body) {
            Matcher methodLine = block instanceof Paragraph p && method == null
                    ? LineShapes.METHOD_LINE.matcher(p.text().trim()) : null;
            if (methodLine != null && methodLine.matches()) {
                method = methodLine.group(1).toUpperCase(Locale.ROOT);
                path = methodLine.group(2);
            } else if (parts.take(block)) {
                continue;
            } else if (block instanceof Table t && t.layout() == TableLayout.PARAMETERS) {
                readRows(t, row -> Optional.of(rowReader.parameter(row)), read -> {
                    if (read instanceof RequestBody b) {
                        requestBodies.add(b);
                    } else {
                        parameters.add((Parameter) read);
                    }
                });
            } else if (block instanceof Table t && t.layout() == TableLayout.RESPONSES) {
                readRows(t, rowReader::response, responses::add);
            } else if (block instanceof Code c && c.language().equals("json")) {
                JsonNode example = json(c);
                if (parts.label.equals("request body")) {
                    requestExample = example;
                } else if (parts.label.startsWith("response ") && example != null) {
                    responseExamples.put(parts.label.substring("response ".length()), example);
                } else {
                    diagnostics.warn(file, c.line(), "JSON example outside 'Request body' or 'Response NNN': ignored; expected it"
                            + " under one of those labels");
                }
            } else if (block instanceof Table t && DocParser.RowCounter.counts(t)) {
                rows.read(t.rows().size());
                diagnostics.error(file, t.line(), "a " + t.layout() + " table in an endpoint section: expected"
                        + " parameter and response tables only; its " + t.rows().size() + " rows are left out");
            }
        }
        if (method == null) {
            diagnostics.error(file, heading.line(), "section '" + heading.number() + " - " + heading.text()
                    + "' has no method line: expected a line such as 'get /v1/images' after the heading;"
                    + " the section is left out");
            return Optional.empty();
        }
        RequestBody requestBody = requestBodies.isEmpty() ? null : requestBodies.get(requestBodies.size() - 1);
        OperationVariant variant = new OperationVariant(parts.version, parts.lifecycle(heading),
                parts.description.toString(), parameters, requestBody, responses, requestExample, responseExamples,
                DocParser.source(file, heading.line()));
        return Optional.of(new DocPage.EndpointSection(title, method, path, variant));
    }

    Optional<DocPage.CommandSection> command(String title, Heading heading, List<Block> body) {
        VersionParts parts = new VersionParts(heading.text());
        String command = null;
        List<String> optionLines = new ArrayList<>();
        List<CliOption> options = new ArrayList<>();
        List<CliField> fields = new ArrayList<>();
        for (Block block : body) {
            if (block instanceof Code c && c.language().equals("command") && command == null) {
                String[] lines = c.text().split("\n");
                command = Spaces.collapse(lines[0]);
                optionLines.addAll(List.of(lines).subList(1, lines.length));
            } else if (parts.take(block)) {
                continue;
            } else if (block instanceof Table t && t.layout() == TableLayout.CLI_OPTIONS) {
                readRows(t, row -> Optional.of(rowReader.cliOption(row)), options::add);
            } else if (block instanceof Table t && t.layout() == TableLayout.CLI_FIELDS) {
                readRows(t, row -> Optional.of(rowReader.cliField(row)), fields::add);
            }
        }
        addFlagOptions(optionLines, options);
        CliVariant variant = new CliVariant(parts.version, parts.lifecycle(heading), parts.description.toString(),
                options, fields, DocParser.source(file, heading.line()));
        return Optional.of(new DocPage.CommandSection(title, command, variant));
    }

    /** Reads a table's rows: all are counted as read, those {@code read} gives a value for as kept. */
    private <T> void readRows(Table table, Function<Block.Row, Optional<T>> read, Consumer<T> keep) {
        rows.read(table.rows().size());
        for (Block.Row row : table.rows()) {
            read.apply(row).ifPresent(value -> {
                keep.accept(value);
                rows.keep();
            });
        }
    }

    /** {@code [--long]} on the command's option lines, with no row in the options table: a boolean flag. */
    private static void addFlagOptions(List<String> optionLines, List<CliOption> options) {
        for (String line : optionLines) {
            String trimmed = line.trim();
            if (FLAG_OPTION.matcher(trimmed).matches()) {
                String flag = trimmed.substring(3, trimmed.length() - 1);
                if (options.stream().noneMatch(o -> o.name().equals(flag))) {
                    options.add(new CliOption(flag, false, TypeRef.of(TypeRef.Kind.BOOLEAN), "", null));
                }
            }
        }
    }

    Optional<Model> model(Heading heading, List<Block> body) {
        List<Field> fields = new ArrayList<>();
        boolean tableSeen = false;
        for (Block block : body) {
            if (block instanceof Table t && t.layout() == TableLayout.MODEL_FIELDS) {
                tableSeen = true;
                readRows(t, row -> Optional.of(rowReader.field(row)), fields::add);
            } else if (block instanceof Table t && DocParser.RowCounter.counts(t)) {
                rows.read(t.rows().size());
                diagnostics.error(file, t.line(), "a " + t.layout() + " table in model section '" + heading.text()
                        + "': expected a model field table; its rows are left out");
            }
        }
        if (!SchemaGrammar.isModelName(heading.text())) {
            diagnostics.error(file, heading.line(), "model heading '" + heading.text()
                    + "' is not a model name: expected a name such as 'ImageListResponse'; the section is left out");
            return Optional.empty();
        }
        if (!tableSeen) {
            diagnostics.warn(file, heading.line(), "model " + heading.text()
                    + " has no field table: expected a 'Name | Description | Schema | Default' table");
        }
        return Optional.of(new Model(heading.text(), Model.DEFINED, DocParser.source(file, heading.line()), null,
                null, null, fields));
    }

    private JsonNode json(Code code) {
        if (!code.complete()) {
            diagnostics.error(file, code.line(), "JSON example is cut off: expected its brackets to close;"
                    + " the example is left out");
            return null;
        }
        try {
            return JsonText.parse(code.text());
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
            diagnostics.error(file, code.line(), "JSON example is not valid JSON (" + reason
                    + "): expected a JSON object or array; the example is left out");
            return null;
        }
    }
}
