package io.scpgen.generator.openapi;

import static io.scpgen.generator.openapi.SpecFixtures.fieldNames;
import static io.scpgen.generator.openapi.SpecFixtures.refs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The export of the five seed docs: one document per API version, with what the issue asks of each. */
class OpenApiSeedExportTest {

    private static SeedExport seed;

    @BeforeAll
    static void export() {
        seed = SeedExport.load();
    }

    @Test
    void writesOneFilePerApiVersion() {
        assertThat(seed.files().keySet()).containsExactly("virtualserver-1.0.openapi.json",
                "virtualserver-1.1.openapi.json", "virtualserver-1.2.openapi.json", "virtualserver-1.3.openapi.json");
        assertThat(seed.files().values()).allSatisfy(json -> assertThat(json).startsWith("{\n  \"openapi\": \"3.1.0\",")
                .endsWith("}\n").doesNotContain("\r"));
    }

    @ParameterizedTest
    @CsvSource({"1.0, 112", "1.1, 110", "1.2, 3", "1.3, 3"})
    void eachVersionHoldsTheOperationsDocumentedForIt(String version, int count) {
        ObjectNode document = seed.document(version);

        assertThat(operations(document)).hasSize(count);
        long documented = seed.spec().operations().stream().filter(o -> o.variant(version).isPresent()).count();
        assertThat(documented).isEqualTo(count);
    }

    @Test
    void theSeedExportNeedsNoRepairs() {
        assertThat(seed.diagnostics()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1", "1.2", "1.3"})
    void everyDocumentHasTheFixedTopLevelOrderAndSortedPaths(String version) {
        ObjectNode document = seed.document(version);

        assertThat(fieldNames(document)).containsExactly("openapi", "info", "servers", "paths", "components");
        assertThat(fieldNames(document.path("paths"))).isSorted();
        assertThat(fieldNames(document.at("/components/schemas"))).isSorted();
        for (JsonNode item : document.path("paths")) {
            List<String> methods = fieldNames(item);
            assertThat(methods).isSortedAccordingTo(HttpMethods.ORDER);
        }
    }

    @ParameterizedTest
    @CsvSource({"1.0, DEPRECATED, 2025-12-31, true", "1.1, DEPRECATED, 2026-05-31, true",
            "1.2, SUPPORTED, 2026-08-31, false", "1.3, CURRENT, , false"})
    void everyOperationCarriesTheVersionAndItsLifecycle(String version, String status, String until,
                                                       boolean deprecated) {
        ObjectNode document = seed.document(version);

        assertThat(document.at("/info/x-scp-api-version").asText()).isEqualTo("virtualserver " + version);
        assertThat(operations(document)).allSatisfy(operation -> {
            assertThat(operation.path("x-scp-api-version").asText()).isEqualTo("virtualserver " + version);
            assertThat(operation.path("x-scp-status").asText()).isEqualTo(status);
            assertThat(operation.path("x-scp-supported-until").asText(null)).isEqualTo(until);
            assertThat(operation.path("deprecated").asBoolean(false)).isEqualTo(deprecated);
        });
    }

    @Test
    void operationIdsAreTheSpecsIdsAndUnique() {
        ObjectNode document = seed.document("1.1");

        List<String> ids = operations(document).stream().map(o -> o.path("operationId").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("listImages", "createAutoScalingGroup");
        assertThat(document.at("/paths/~1v1~1images/get/summary").asText()).isEqualTo("List Images");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1", "1.2", "1.3"})
    void everyRefResolvesAndEveryModelIsUsed(String version) {
        ObjectNode document = seed.document(version);

        List<String> refs = refs(document);
        assertThat(refs).allSatisfy(ref -> assertThat(document.at(ref.substring(1)).isObject()).as(ref).isTrue());
        List<String> referenced = refs.stream().map(r -> r.substring(ComponentNames.SCHEMAS.length())).distinct()
                .sorted().toList();
        assertThat(fieldNames(document.at("/components/schemas"))).containsExactlyElementsOf(referenced);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "1.3"})
    void theInferredVersionVariantsSayWhereTheyCameFrom(String version) {
        JsonNode schemas = seed.document(version).at("/components/schemas");

        JsonNode list = schemas.path("ImageListResponseV1Dot2");
        assertThat(list.path("x-scp-inferred").asBoolean()).isTrue();
        assertThat(list.path("x-scp-variant-of").asText()).isEqualTo("ImageListResponse");
        assertThat(list.path("x-scp-variant-changes").toString()).isEqualTo("[\"images[].scp_gpu_driver added\"]");
        assertThat(list.at("/properties/images/items/$ref").asText())
                .isEqualTo("#/components/schemas/ImageShowResponseV1Dot2");
        assertThat(schemas.has("ImageListResponse")).isFalse();
    }

    @Test
    void theServerTemplateEnumeratesTheDocsEnvironmentsAndRegions() {
        JsonNode server = seed.document("1.3").path("servers").get(0);

        assertThat(server.path("url").asText())
                .isEqualTo("https://virtualserver.{region}.{environment}.samsungsdscloud.com");
        assertThat(server.at("/variables/environment/enum").toString()).isEqualTo("[\"s\",\"g\",\"e\"]");
        assertThat(server.at("/variables/environment/default").asText()).isEqualTo("s");
        assertThat(server.at("/variables/region/enum").toString())
                .isEqualTo("[\"kr-west1\",\"kr-east1\",\"kr-south1\",\"kr-south2\",\"kr-south3\"]");
    }

    @Test
    void modelPropertiesKeepTypesConstraintsAndNullability() {
        JsonNode create = seed.document("1.1").at("/components/schemas/AutoScalingGroupCreateRequest");
        JsonNode policy = seed.document("1.1").at("/components/schemas/AutoScalingGroupPolicyUpdateRequest");

        assertThat(create.at("/properties/name").toString()).contains("\"pattern\":\"^[a-zA-Z0-9-_]*$\"",
                "\"minLength\":1", "\"maxLength\":63");
        assertThat(create.path("required").toString()).contains("\"name\"");
        assertThat(policy.at("/properties/name/type").toString()).isEqualTo("[\"string\",\"null\"]");
    }

    @Test
    void pathParametersAreRequiredAndQueryParametersKeepDefaults() {
        JsonNode parameters = seed.document("1.1").at("/paths/~1v1~1images/get/parameters");

        JsonNode limit = null;
        for (JsonNode parameter : parameters) {
            if (parameter.path("name").asText().equals("limit")) {
                limit = parameter;
            }
        }
        assertThat(limit).isNotNull();
        assertThat(limit.path("schema").toString()).isEqualTo("{\"type\":[\"integer\",\"null\"],\"default\":20}");
        assertThat(operations(seed.document("1.0")).stream().flatMap(o -> iterable(o.path("parameters")).stream())
                .filter(p -> p.path("in").asText().equals("path")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.path("required").asBoolean()).isTrue());
    }

    static List<JsonNode> operations(JsonNode document) {
        List<JsonNode> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> item : document.path("paths").properties()) {
            item.getValue().forEach(operations::add);
        }
        return operations;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }
}
