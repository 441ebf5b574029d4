package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import ${package}.virtualserver.VirtualServerClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import io.scpgen.mock.RecordedRequest;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ListImages} against the docs mock, which answers every documented call with the docs' example. */
class ListImagesTest {

    /** The normalized spec of src/main/scp-docs, written by the scpgen plugin's generate goal. */
    private static final Path SPEC = Path.of("target", "scpgen", "virtualserver.json");

    @Test
    void printsTheImagesOfTheDocsExample() throws IOException {
        JsonNode spec = ScpJson.mapper().readTree(SPEC.toFile());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (MockScpServer mock = DocsMock.start(spec);
             VirtualServerClient client = VirtualServerClient.create(ScpClientConfiguration.builder()
                     .credentials(DocsMock.CREDENTIALS).endpointOverride(mock.baseUri()).build())) {

            int count = ListImages.printImages(client, new PrintStream(printed, true, StandardCharsets.UTF_8));

            RecordedRequest request = mock.lastRequest();
            assertEquals("GET /v1/images", request.method() + " " + request.path());
            assertEquals(List.of("20"), request.queryParameters().get("limit"));
            assertEquals("virtualserver 1.1", request.header("Scp-Api-Version").orElseThrow());
            assertEquals(1, count, "the docs' example lists one image");
        }
        assertEquals("70a599e0-31e7-49b7-b260-868f441e862b  imagename  active" + System.lineSeparator(),
                printed.toString(StandardCharsets.UTF_8));
    }
}
