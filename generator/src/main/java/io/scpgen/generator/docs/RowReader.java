package io.scpgen.generator.docs;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.docs.rules.DescriptionAttributes;
import io.scpgen.generator.docs.rules.NameRequiredCell;
import io.scpgen.generator.docs.rules.ValueLiteral;
import io.scpgen.generator.spec.CliField;
import io.scpgen.generator.spec.CliOption;
import io.scpgen.generator.spec.Constraints;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.RequestBody;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.TypeRef;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns table rows (cells as every reader gives them) into spec elements, reporting what it cannot read. */
final class RowReader {

    private static final Set<String> PARAMETER_KINDS = Set.of("path", "query", "header", "cookie");
    private static final Pattern STATUS_CODE = Pattern.compile("\\d{3}");
    private static final Pattern REQUIRES_OPTION = Pattern.compile("Requires --(\\S+?) option\\.?");

    private final String file;
    private final Diagnostics diagnostics;

    RowReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** A parameter row: Type | Name required | Description | Schema | Default. A body row becomes a request body. */
    Object parameter(Block.Row row) {
        String in = row.cell(0).trim();
        NameRequiredCell.NameAndRequired name = name(row, row.cell(1));
        DescriptionAttributes.Attributes attributes = attributes(row, row.cell(2));
        if (in.equals("body")) {
            return requestBody(row, name, attributes);
        }
        if (!PARAMETER_KINDS.contains(in)) {
            diagnostics.error(file, row.line(), "parameter '" + name.name() + "' has kind '" + in
                    + "': expected path, query, header, cookie or body");
        }
        TypeRef type = type(row, row.cell(3), name.name());
        return new Parameter(in, name.name(), name.required(), attributes.description(), type,
                ValueLiteral.parse(row.cell(4), type), ValueLiteral.parse(attributes.example(), type),
                constraints(attributes));
    }

    /**
     * Rule: a body row names its model in the Schema cell, or, when the page leaves the Schema cell out, in the
     * Description cell ({@code | body | body required | ImageImportRequest |}).
     */
    private RequestBody requestBody(Block.Row row, NameRequiredCell.NameAndRequired name,
                                    DescriptionAttributes.Attributes attributes) {
        String schema = row.cell(3);
        String description = attributes.description();
        if (schema.isBlank() && SchemaGrammar.isModelName(description)) {
            schema = description;
            description = "";
        }
        return new RequestBody(type(row, schema, name.name()), name.required(), description);
    }

    /** A model field row: Name required | Description | Schema | Default. */
    Field field(Block.Row row) {
        NameRequiredCell.NameAndRequired name = name(row, row.cell(0));
        DescriptionAttributes.Attributes attributes = attributes(row, row.cell(1));
        TypeRef type = type(row, row.cell(2), name.name());
        return new Field(name.name(), name.required(), attributes.description(), type,
                ValueLiteral.parse(row.cell(3), type), ValueLiteral.parse(attributes.example(), type),
                constraints(attributes));
    }

    /** A response row: HTTP Code | Description | Schema ({@code None} for no body). */
    Optional<Response> response(Block.Row row) {
        String status = row.cell(0).trim();
        if (!STATUS_CODE.matcher(status).matches()) {
            diagnostics.error(file, row.line(), "response row " + row.cells()
                    + " has no status code: expected a three-digit HTTP status such as 200");
            return Optional.empty();
        }
        String schema = row.cell(2).trim();
        TypeRef type = schema.isEmpty() || schema.equals("None") ? null : type(row, schema, "response " + status);
        return Optional.of(new Response(status, row.cell(1).trim(), type));
    }

    /** A CLI option row: Name required | Type | Description | Example. */
    CliOption cliOption(Block.Row row) {
        NameRequiredCell.NameAndRequired name = name(row, row.cell(0));
        TypeRef type = type(row, row.cell(1), name.name());
        return new CliOption(name.name(), name.required(), type, row.cell(2), ValueLiteral.parse(row.cell(3), type));
    }

    /** A CLI response field row: Name | Description | Example; {@code Requires --long option} names a flag. */
    CliField cliField(Block.Row row) {
        String description = row.cell(1);
        Matcher requires = REQUIRES_OPTION.matcher(description);
        String option = null;
        if (requires.find()) {
            option = requires.group(1);
            description = (description.substring(0, requires.start()) + description.substring(requires.end())).trim();
        }
        JsonNode example = ValueLiteral.parse(row.cell(2), null);
        return new CliField(row.cell(0).trim(), description, example, option);
    }

    private NameRequiredCell.NameAndRequired name(Block.Row row, String cell) {
        NameRequiredCell.NameAndRequired name = NameRequiredCell.split(cell);
        if (!name.marked()) {
            diagnostics.warn(file, row.line(), "'" + cell.trim() + "' does not say required or optional:"
                    + " expected 'name required' or 'name optional'; taken as optional");
        }
        return name;
    }

    private DescriptionAttributes.Attributes attributes(Block.Row row, String cell) {
        DescriptionAttributes.Attributes attributes = DescriptionAttributes.split(cell);
        for (String problem : attributes.problems()) {
            diagnostics.warn(file, row.line(), problem + ": the constraint is left out");
        }
        return attributes;
    }

    private TypeRef type(Block.Row row, String schema, String what) {
        if (schema.isBlank()) {
            diagnostics.error(file, row.line(), "'" + what + "' has no schema: expected a type such as string,"
                    + " integer, array[X], any of [X, null] or a model name; taken as any");
            return TypeRef.of(TypeRef.Kind.ANY);
        }
        Optional<TypeRef> type = SchemaGrammar.parseWhole(schema);
        if (type.isEmpty()) {
            diagnostics.error(file, row.line(), "unknown schema '" + schema.trim() + "' for '" + what + "': expected"
                    + " string, string (format), integer, number, boolean, object, array[X], enum (a, b),"
                    + " any of [X, null] or a model name; taken as any");
            return TypeRef.of(TypeRef.Kind.ANY);
        }
        return type.get();
    }

    private static Constraints constraints(DescriptionAttributes.Attributes a) {
        Constraints constraints = new Constraints(a.pattern(), a.minLength(), a.maxLength(), a.minimum(), a.maximum());
        return constraints.isEmpty() ? null : constraints;
    }
}
