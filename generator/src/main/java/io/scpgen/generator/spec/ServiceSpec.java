package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The normalized spec of one SCP service: everything the emitters, the diff and the exports read.
 *
 * @param name    the service name used in endpoints and {@code Scp-Api-Version} ({@code virtualserver})
 * @param baseUrl the endpoint template, {@code https://virtualserver.{region}.{environment}.samsungsdscloud.com}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceSpec(String name, String title, String description, String baseUrl,
                          List<Environment> environments, List<ApiVersion> versions, List<Operation> operations,
                          List<Model> models, List<CliCommand> cliCommands) {

    public ServiceSpec {
        environments = environments == null ? List.of() : List.copyOf(environments);
        versions = versions == null ? List.of() : List.copyOf(versions);
        operations = operations == null ? List.of() : List.copyOf(operations);
        models = models == null ? List.of() : List.copyOf(models);
        cliCommands = cliCommands == null ? List.of() : List.copyOf(cliCommands);
    }

    /** A service id: one DNS label in lower case, at most 63 characters ({@code direct-connect}). */
    public static final String SERVICE_ID = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    private static final Pattern SERVICE_ID_PATTERN = Pattern.compile(SERVICE_ID);

    /**
     * Why {@code name}, given by a user as a service id, cannot be one; empty when it can.
     *
     * @return {@code 'Not A Name' is not a service id such as virtualserver or direct-connect}
     */
    public static Optional<String> notAServiceId(String name) {
        return name != null && SERVICE_ID_PATTERN.matcher(name).matches() ? Optional.empty()
                : Optional.of("'" + name + "' is not a service id such as virtualserver or direct-connect");
    }

    /**
     * Whether the service's endpoint has a region ({@code https://virtualserver.{region}.{environment}...}); false for
     * a global service ({@code https://product.{environment}.samsungsdscloud.com}). Docs without an OpenAPI URL are
     * taken as regional, as most services are.
     */
    @JsonIgnore
    public boolean regional() {
        return baseUrl == null || baseUrl.contains("{region}");
    }

    public Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst();
    }

    public Optional<Model> model(String modelName) {
        return models.stream().filter(m -> m.name().equals(modelName)).findFirst();
    }
}
