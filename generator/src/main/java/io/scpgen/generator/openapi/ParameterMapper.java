package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code parameters} of one operation version: name, in, description, required, schema, example, in the
 * docs' order. OpenAPI demands more of path parameters than the docs always give, and each repair is a diagnostic:
 * <ul>
 *   <li>a path parameter is always {@code required: true}, even where the docs say optional;</li>
 *   <li>a {@code {name}} of the path the docs do not list is added as a required string;</li>
 *   <li>a path parameter the path has no {@code {name}} for is left out;</li>
 *   <li>a second parameter with the same name and location is left out.</li>
 * </ul>
 */
final class ParameterMapper {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}]+)}");
    private static final Set<String> LOCATIONS = Set.of("path", "query", "header", "cookie");

    private final SchemaMapper schemas;
    private final Diagnostics diagnostics;

    ParameterMapper(SchemaMapper schemas, Diagnostics diagnostics) {
        this.schemas = schemas;
        this.diagnostics = diagnostics;
    }

    /** The parameters; empty when the operation version has none. */
    ArrayNode parameters(Operation operation, String version, List<Parameter> documented, Source source) {
        String where = operation.key() + " " + version;
        List<String> template = templateNames(operation.path());
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode parameters = Nodes.array();
        for (Parameter parameter : documented) {
            String in = parameter.in() == null ? "" : parameter.in();
            if (!LOCATIONS.contains(in)) {
                diagnostics.warn(source, where + ": parameter '" + parameter.name() + "' is in '" + in
                        + "': expected path, query, header or cookie; left out");
                continue;
            }
            if (!seen.add(in + " " + parameter.name())) {
                diagnostics.warn(source, where + ": " + in + " parameter '" + parameter.name()
                        + "' is listed twice: expected each parameter once; the first is kept");
                continue;
            }
            boolean required = parameter.required();
            if (in.equals("path")) {
                if (!template.contains(parameter.name())) {
                    diagnostics.warn(source, where + ": path parameter '" + parameter.name() + "' has no {"
                            + parameter.name() + "} in the path: expected one of " + template + "; left out");
                    continue;
                }
                if (!required) {
                    diagnostics.warn(source, where + ": path parameter '" + parameter.name()
                            + "' is documented as optional: OpenAPI requires path parameters; exported as required");
                }
                required = true;
            }
            parameters.add(parameter(parameter, in, required));
        }
        for (String name : template) {
            if (seen.add("path " + name)) {
                diagnostics.warn(source, where + ": path parameter '" + name + "' is not documented: expected a row"
                        + " for it; exported as a required string");
                parameters.add(parameter(new Parameter("path", name, true, null, TypeRef.string(null), null, null,
                        null), "path", true));
            }
        }
        return parameters;
    }

    private ObjectNode parameter(Parameter parameter, String in, boolean required) {
        ObjectNode node = Nodes.object();
        node.put("name", parameter.name());
        node.put("in", in);
        Nodes.putText(node, "description", parameter.description());
        node.put("required", required);
        node.set("schema", schemas.valueSchema(parameter.type(), parameter.constraints(), parameter.defaultValue(),
                null, null));
        Nodes.putValue(node, "example", parameter.example());
        return node;
    }

    /** The names in the path's template, in order: {@code /v1/servers/{server_id}/volumes/{volume_id}}. */
    static List<String> templateNames(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = TEMPLATE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
