package io.scpgen.generator.docs;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.CliVariant;
import io.scpgen.generator.spec.Environment;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.OperationVariant;
import java.util.List;

/**
 * What one page of the docs says, before pages are merged.
 *
 * @param rowsRead parameter, response, model-field and CLI rows the reader found
 * @param rowsKept those of them the parser turned into spec elements
 */
public record DocPage(String file, String title, ServiceHeader header, List<EndpointSection> endpoints,
                      List<Model> models, List<CommandSection> commands, int rowsRead, int rowsKept) {

    public DocPage {
        endpoints = List.copyOf(endpoints);
        models = List.copyOf(models);
        commands = List.copyOf(commands);
    }

    /**
     * The service header of a reference page.
     *
     * @param name the service name from the base URL ({@code virtualserver}); null when there is no base URL
     */
    public record ServiceHeader(String name, String title, String description, String baseUrl,
                                List<ApiVersion> versions, List<Environment> environments) {
    }

    /**
     * One version section of an endpoint.
     *
     * @param title the endpoint's title ({@code List Images}); null on a page that documents one endpoint untitled
     */
    public record EndpointSection(String title, String method, String path, OperationVariant variant) {
    }

    /** One version section of a CLI command. */
    public record CommandSection(String title, String command, CliVariant variant) {
    }
}
