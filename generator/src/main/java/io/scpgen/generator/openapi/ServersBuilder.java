package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Environment;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code servers}: the spec's base URL template with a server variable for each {@code {name}} in it.
 * {@code environment} enumerates the docs' environments and {@code region} every region they serve, in the docs'
 * order; each defaults to the first. A template name the docs give no values for defaults to itself, with a
 * diagnostic.
 */
final class ServersBuilder {

    static final String REGION = "region";
    static final String ENVIRONMENT = "environment";

    private final Diagnostics diagnostics;

    ServersBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The servers array; empty when the spec has no base URL. */
    ArrayNode servers(ServiceSpec spec) {
        ArrayNode servers = Nodes.array();
        Source source = VersionSlice.specSource(spec);
        if (spec.baseUrl() == null || spec.baseUrl().isBlank()) {
            diagnostics.warn(source, "the spec has no base URL: expected one such as https://"
                    + (VersionSlice.hasServiceName(spec) ? spec.name() : "<service>")
                    + ".{region}.{environment}.samsungsdscloud.com; the OpenAPI documents list no server");
            return servers;
        }
        ObjectNode server = servers.addObject();
        server.put("url", spec.baseUrl());
        if (!spec.environments().isEmpty()) {
            server.put("description", "Environments and the regions they serve: " + spec.environments().stream()
                    .map(e -> e.name() + " (" + String.join(", ", e.regions()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        List<String> names = ParameterMapper.templateNames(spec.baseUrl()).stream().distinct().toList();
        if (names.isEmpty()) {
            return servers;
        }
        ObjectNode variables = server.putObject("variables");
        for (String name : names) {
            Set<String> values = values(spec, name);
            ObjectNode variable = variables.putObject(name);
            if (values.isEmpty()) {
                diagnostics.warn(source, "the docs list no values for '{" + name + "}' of the base URL: expected an"
                        + " environment/region table; the server variable defaults to '" + name + "'");
                variable.put("default", name);
            } else {
                variable.put("default", values.iterator().next());
                variable.set("enum", Nodes.strings(values));
            }
            Nodes.putText(variable, "description", switch (name) {
                case ENVIRONMENT -> "The SCP environment.";
                case REGION -> "The region; each environment serves only some regions (see the server description).";
                default -> null;
            });
        }
        return servers;
    }

    private static Set<String> values(ServiceSpec spec, String name) {
        Set<String> values = new LinkedHashSet<>();
        if (name.equals(ENVIRONMENT)) {
            spec.environments().stream().map(Environment::name).forEach(values::add);
        } else if (name.equals(REGION)) {
            spec.environments().forEach(e -> values.addAll(e.regions()));
        }
        return values;
    }
}
