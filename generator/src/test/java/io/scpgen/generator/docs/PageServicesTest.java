package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which service each section of a page belongs to: by the header block it follows (a category print view, the
 * whole-site print view), by its example request header (per-operation pages), by the page.
 */
class PageServicesTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private static String header(String title, String service, String number) {
        return (number == null ? "" : number + " - ") + title + """


                Overview

                The %s API.

                Version

                VersionStatusSupported Until
                1.0CURRENT-

                OpenAPI URL

                https://%s.{region}.{environment}.samsungsdscloud.com

                Environment and Region List

                environmentregion
                skr-west1

                """.formatted(title, service);
    }

    private static String operation(String number, String title, String path, String service, String exampleService) {
        return """
                %s - %s

                %s.1 - 1.0

                get %s

                Description

                %s.

                상태 ACTIVE (CURRENT)

                Responses

                HTTP CodeDescriptionSchema
                200OKNone

                Example HTTP request

                Request header

                "Scp-Accesskey = 2sd2gg=2agbdSD26svcD",
                "Scp-Api-Version = %s 1.0"

                """.formatted(number, title, number, path, title, exampleService == null ? service : exampleService);
    }

    private static String model(String number, String name) {
        return """
                %s - %s

                NameDescriptionSchemaDefault
                id
                required
                ID
                string

                """.formatted(number, name);
    }

    private List<DocPage> parse(String text) {
        SourceDocument document = SourceDocument.of("page.txt", text);
        List<Block> blocks = new FlattenedTextReader().read(document, diagnostics);
        return DocParser.parse(document, blocks, diagnostics).services();
    }

    @Test
    void aCategoryPrintViewGivesOnePartPerServiceHeaderWhateverItsDepth() {
        String page = "Networking\n\n"
                + header("Direct Connect", "direct-connect", "1") + "1.1 - APIs\n\n"
                + operation("1.1.1", "Create Direct Connect", "/v1/direct-connects", "direct-connect", null)
                + "1.2 - Models\n\n" + model("1.2.1", "DirectConnect")
                + header("DNS", "dns", "2") + "2.1 - APIs\n\n"
                + operation("2.1.1", "List Hosted Zones", "/v1/hosted-zones", "dns", null)
                + "2.2 - Models\n\n" + model("2.2.1", "HostedZone");

        List<DocPage> services = parse(page);

        assertThat(services).extracting(DocPage::service).containsExactly("direct-connect", "dns");
        assertThat(services.get(0).header().title()).isEqualTo("Direct Connect");
        assertThat(services.get(0).header().baseUrl())
                .isEqualTo("https://direct-connect.{region}.{environment}.samsungsdscloud.com");
        assertThat(services.get(0).endpoints()).extracting(DocPage.EndpointSection::title)
                .containsExactly("Create Direct Connect");
        assertThat(services.get(0).models()).extracting(m -> m.name()).containsExactly("DirectConnect");
        assertThat(services.get(1).header().title()).isEqualTo("DNS");
        assertThat(services.get(1).endpoints()).extracting(DocPage.EndpointSection::path).containsExactly("/v1/hosted-zones");
        assertThat(services.get(1).models()).extracting(m -> m.name()).containsExactly("HostedZone");
        assertThat(diagnostics.sorted()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void theWholeSitePrintViewNestsServicesUnderCategoriesAndACategoryEndsTheModels() {
        String page = "1 - Networking\n\n"
                + header("Direct Connect", "direct-connect", "1.1") + "1.1.1 - APIs\n\n"
                + operation("1.1.1.1", "Create Direct Connect", "/v1/direct-connects", "direct-connect", null)
                + "1.1.2 - Models\n\n" + model("1.1.2.1", "DirectConnect")
                + "2 - Storage\n\n"
                + header("File Storage", "filestorage", "2.1") + "2.1.1 - APIs\n\n"
                + operation("2.1.1.1", "Create Snapshot", "/v1/snapshots", "filestorage", null);

        List<DocPage> services = parse(page);

        assertThat(services).extracting(DocPage::service).containsExactly("direct-connect", "filestorage");
        assertThat(services.get(0).models()).extracting(m -> m.name()).containsExactly("DirectConnect");
        assertThat(services.get(1).endpoints()).extracting(DocPage.EndpointSection::title)
                .containsExactly("Create Snapshot");
        assertThat(diagnostics.sorted()).noneMatch(d -> d.message().contains("Storage has no field table"));
    }

    @Test
    void aHeadingAsHighAsTheHeadersEndsItsScope() {
        // DNS's header block is missing: its sections must not join Direct Connect
        String page = "Networking\n\n"
                + header("Direct Connect", "direct-connect", "1") + "1.1 - APIs\n\n"
                + operation("1.1.1", "Create Direct Connect", "/v1/direct-connects", "direct-connect", null)
                + "2 - DNS\n\n2.1 - APIs\n\n"
                + operation("2.1.1", "List Hosted Zones", "/v1/hosted-zones", "dns", null);

        List<DocPage> services = parse(page);

        assertThat(services).extracting(DocPage::service).containsExactly("direct-connect", "dns");
        assertThat(services.get(1).header()).isNull();
        assertThat(services.get(1).endpoints()).extracting(DocPage.EndpointSection::path)
                .containsExactly("/v1/hosted-zones");
    }

    @Test
    void aHeaderWithoutAnOpenApiUrlNeverTakesAnotherServicesName() {
        String page = "Networking\n\n"
                + header("Direct Connect", "direct-connect", "1") + "1.1 - APIs\n\n"
                + operation("1.1.1", "Create Direct Connect", "/v1/direct-connects", "direct-connect", null)
                + header("DNS", "dns", "2").replace("https://dns.{region}.{environment}.samsungsdscloud.com", "")
                + "2.1 - APIs\n\n"
                + operation("2.1.1", "List Hosted Zones", "/v1/hosted-zones", "dns", null)
                        .replace("\"Scp-Api-Version = dns 1.0\"", "\"Accept-Language = ko-KR\"");

        List<DocPage> services = parse(page);

        assertThat(services).extracting(DocPage::service).containsExactly("direct-connect", null);
        assertThat(services.get(1).header().title()).isEqualTo("DNS");
        assertThat(services.get(1).endpoints()).hasSize(1);
    }

    @Test
    void aSectionWhoseExampleNamesAnotherServiceStaysWithItsHeaderAndIsReported() {
        String page = header("Direct Connect", "direct-connect", null) + "1 - APIs\n\n"
                + operation("1.1", "Create Direct Connect", "/v1/direct-connects", "direct-connect", "dns");

        assertThat(parse(page)).singleElement().extracting(DocPage::service).isEqualTo("direct-connect");
        assertThat(diagnostics.sorted()).anySatisfy(d -> assertThat(d.message())
                .startsWith("the section's example names service 'dns' but it follows the service header of"
                        + " 'direct-connect': expected"));
    }

    @Test
    void withoutAHeaderEachSectionIsNamedByItsExampleRequest() {
        String page = operation("1", "Create Volume", "/v1/volumes", "baremetal-blockstorage", null)
                + operation("2", "List Hosted Zones", "/v1/hosted-zones", "dns", null);

        assertThat(parse(page)).extracting(DocPage::service).containsExactly("baremetal-blockstorage", "dns");
    }

    @Test
    void aSectionNamingNoServiceTakesThePagesOnlyService() {
        String page = operation("1", "Create Volume", "/v1/volumes", "baremetal-blockstorage", null)
                + operation("2", "Delete Volume", "/v1/volumes/{id}", "baremetal-blockstorage", null)
                        .replace("\"Scp-Api-Version = baremetal-blockstorage 1.0\"", "\"Accept-Language = ko-KR\"");

        List<DocPage> services = parse(page);

        assertThat(services).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("baremetal-blockstorage");
            assertThat(p.endpoints()).hasSize(2);
        });
    }

    @Test
    void aHeaderWithoutAnOpenApiUrlTakesTheServiceItsSectionsName() {
        String page = header("Product", "product", null).replace("https://product.{region}.{environment}.samsungsdscloud.com", "")
                + "1 - APIs\n\n" + operation("1.1", "List Products", "/v1/products", "product", null);

        List<DocPage> services = parse(page);

        assertThat(services).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("product");
            assertThat(p.header().name()).isEqualTo("product");
            assertThat(p.header().title()).isEqualTo("Product");
        });
    }

    @Test
    void aGlobalServiceIsNamedByItsRegionlessUrl() {
        String page = header("Product", "product", null)
                .replace("https://product.{region}.{environment}", "https://product.{environment}")
                + "1 - APIs\n\n" + operation("1.1", "List Products", "/v1/products", "product", null);

        assertThat(parse(page)).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("product");
            assertThat(p.header().baseUrl()).isEqualTo("https://product.{environment}.samsungsdscloud.com");
        });
    }

    @Test
    void aPageThatNamesNoServiceIsOnePartOfServiceNull() {
        String page = operation("1", "Create Volume", "/v1/volumes", "x", null)
                .replace("\"Scp-Api-Version = x 1.0\"", "\"Accept-Language = ko-KR\"");

        assertThat(parse(page)).singleElement().satisfies(p -> {
            assertThat(p.service()).isNull();
            assertThat(p.firstLine()).isEqualTo(3);
        });
    }
}
