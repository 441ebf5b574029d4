package io.scpgen.scp.virtualserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.mock.CannedResponse;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import io.scpgen.mock.Route;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpJson;
import io.scpgen.scp.virtualserver.model.ImageListResponseV1Dot2;
import io.scpgen.scp.virtualserver.model.ServerListResponse;
import io.scpgen.scp.virtualserver.request.ListPendingImagesRequest;
import io.scpgen.scp.virtualserver.request.ListVirtualServersRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The current client against the docs mock of the committed spec: one client, each call at the newest version that
 * documents it — pending images at 1.3 (with {@code scp_gpu_driver}), servers at 1.1.
 */
class CurrentClientTest {

    private static final Path SPEC = Path.of("..", "spec", "virtualserver.json");

    @Test
    @SuppressWarnings("deprecation") // servers are documented only in 1.0 and 1.1, both deprecated now
    void callsEachOperationAtItsNewestDocumentedVersion() throws Exception {
        JsonNode spec = ScpJson.mapper().readTree(SPEC.toFile());
        try (MockScpServer mock = DocsMock.start(spec);
             VirtualServerClient client = VirtualServerClient.create(ScpClientConfiguration.builder()
                     .credentials(DocsMock.CREDENTIALS).endpointOverride(mock.baseUri()).build())) {
            // the docs' example servers have "" where their model has objects (the docs lint says so): served
            // without those two fields, as the generated test does
            mock.stub(Route.of("GET", "/v1/servers").withApiVersion("virtualserver 1.1"),
                    CannedResponse.json(200, serversExampleThatFitsItsModel(spec)));

            ImageListResponseV1Dot2 pending = client.pendingImages()
                    .listPendingImages(ListPendingImagesRequest.builder().build());
            assertThat(mock.lastRequest().header("Scp-Api-Version")).contains("virtualserver 1.3");
            assertThat(pending.images()).isNotEmpty();
            assertThat(pending.images().get(0).scpGpuDriver()).isNotBlank();

            ServerListResponse servers = client.servers()
                    .listVirtualServers(ListVirtualServersRequest.builder().build());
            assertThat(mock.lastRequest().header("Scp-Api-Version")).contains("virtualserver 1.1");
            assertThat(mock.lastRequest().path()).isEqualTo("/v1/servers");
            assertThat(servers.servers()).isNotEmpty();
        }
    }

    private static String serversExampleThatFitsItsModel(JsonNode spec) {
        for (JsonNode operation : spec.path("operations")) {
            if (operation.path("path").asText().equals("/v1/servers") && operation.path("method").asText().equals("GET")) {
                for (JsonNode variant : operation.path("variants")) {
                    if (variant.path("version").asText().equals("1.1")) {
                        ObjectNode example = variant.path("responseExamples").path("200").deepCopy();
                        for (JsonNode server : example.path("servers")) {
                            ((ObjectNode) server).remove("metadata");
                            ((ObjectNode) server.path("server_type")).remove("extra_specs");
                        }
                        return example.toString();
                    }
                }
            }
        }
        throw new AssertionError("the spec documents GET /v1/servers 1.1 with an example");
    }

    @Test
    void theCurrentClientHasNoSingleApiVersionButEachPinnedClientHasOne() throws Exception {
        assertThat(VirtualServerClient.class.getFields()).extracting(java.lang.reflect.Field::getName)
                .contains("SERVICE").doesNotContain("API_VERSION");
        assertThat(io.scpgen.scp.virtualserver.v1_3.VirtualServerClient.API_VERSION).isEqualTo("1.3");
    }
}
