package io.scpgen.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every exported document is one swagger-parser reads without a single error or warning. */
class OpenApiSwaggerParserTest {

    private static SeedExport seed;

    @BeforeAll
    static void export() {
        seed = SeedExport.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"virtualserver-1.0.openapi.json", "virtualserver-1.1.openapi.json",
            "virtualserver-1.2.openapi.json", "virtualserver-1.3.openapi.json"})
    void parsesWithoutMessages(String fileName) {
        String json = seed.files().get(fileName);
        assertThat(json).as(fileName).isNotNull();

        SwaggerParseResult result = parse(json);

        assertThat(result.getMessages()).as(fileName).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        long operations = api.getPaths().values().stream().mapToLong(p -> p.readOperations().size()).sum();
        assertThat(operations).isEqualTo(OpenApiSeedExportTest.operations(seed.documents().get(version(fileName)))
                .size());
        assertThat(api.getComponents().getSchemas()).isNotEmpty();
        assertThat(api.getServers().get(0).getVariables()).containsOnlyKeys("region", "environment");
    }

    @Test
    void theParsedDocumentKeepsTheExportsMeaning() {
        OpenAPI api = parse(seed.files().get("virtualserver-1.3.openapi.json")).getOpenAPI();

        PathItem pending = api.getPaths().get("/v1/pending-images");
        assertThat(pending.getGet().getOperationId()).isEqualTo("listPendingImages");
        assertThat(pending.getGet().getResponses().get("200").getContent().get("application/json").getSchema()
                .get$ref()).isEqualTo("#/components/schemas/ImageListResponseV1Dot2");
        assertThat(pending.getGet().getExtensions()).containsEntry("x-scp-api-version", "virtualserver 1.3");
        Schema<?> variant = api.getComponents().getSchemas().get("ImageListResponseV1Dot2");
        Map<String, Object> extensions = variant.getExtensions();
        assertThat(extensions).containsEntry("x-scp-inferred", true)
                .containsEntry("x-scp-variant-of", "ImageListResponse");
    }

    /** The check can fail: a dangling $ref and a missing response description are reported. */
    @Test
    void aBrokenDocumentIsReported() {
        ObjectNode broken = seed.document("1.3").deepCopy();
        ObjectNode get = (ObjectNode) broken.at("/paths/~1v1~1pending-images/get");
        ((ObjectNode) get.at("/responses/200/content/application~1json/schema")).put("$ref",
                "#/components/schemas/Nowhere");
        ((ObjectNode) get.at("/responses/400")).remove("description");

        SwaggerParseResult result = parse(OpenApiExporter.json(broken));

        assertThat(result.getMessages()).anySatisfy(m -> assertThat(m).contains("Nowhere"))
                .anySatisfy(m -> assertThat(m).contains("responses.400.description is missing"));
    }

    private static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    private static String version(String fileName) {
        return fileName.substring("virtualserver-".length(), fileName.length() - ".openapi.json".length());
    }
}
