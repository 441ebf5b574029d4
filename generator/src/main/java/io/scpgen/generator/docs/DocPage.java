package io.scpgen.generator.docs;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.CliVariant;
import io.scpgen.generator.spec.Environment;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.OperationVariant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one page of the docs says about one service, before pages are merged. A page of several services (a category
 * print view) gives one of these per service.
 *
 * @param service the service id the sections name ({@code direct-connect}); null when the page does not say
 * @param title   the page's title, when it has one
 */
public record DocPage(String file, String service, String title, ServiceHeader header,
                      List<EndpointSection> endpoints, List<Model> models, List<CommandSection> commands) {

    public DocPage {
        endpoints = List.copyOf(endpoints);
        models = List.copyOf(models);
        commands = List.copyOf(commands);
    }

    /** The same sections, given to {@code service}: what the user names for a page that names none. */
    public DocPage withService(String service) {
        return new DocPage(file, service, title, header, endpoints, models, commands);
    }

    /** The line of the page's first section (1 when it has none), where a diagnostic about the whole part points. */
    public int firstLine() {
        return Stream.of(endpoints.stream().map(e -> e.variant().source().line()),
                        models.stream().map(m -> m.source().line()),
                        commands.stream().map(c -> c.variant().source().line()))
                .flatMap(s -> s).mapToInt(Integer::intValue).min().orElse(1);
    }

    /**
     * The service header of a reference page.
     *
     * @param name the service id from the OpenAPI URL ({@code virtualserver}); null when there is no URL
     */
    public record ServiceHeader(String name, String title, String description, String baseUrl,
                                List<ApiVersion> versions, List<Environment> environments) {

        public ServiceHeader withName(String service) {
            return new ServiceHeader(service, title, description, baseUrl, versions, environments);
        }
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

    /**
     * A page as parsed: what it says per service, in the order the page names them, and how many of its table rows
     * were read and kept.
     *
     * @param rowsRead parameter, response, model-field and CLI rows the reader found
     * @param rowsKept those of them the parser turned into spec elements
     */
    public record Parsed(String file, List<DocPage> services, int rowsRead, int rowsKept) {
        public Parsed {
            services = List.copyOf(services);
        }
    }
}
