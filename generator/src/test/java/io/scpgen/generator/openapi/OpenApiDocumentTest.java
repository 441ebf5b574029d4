package io.scpgen.generator.openapi;

import static io.scpgen.generator.openapi.SpecFixtures.fieldNames;
import static io.scpgen.generator.openapi.SpecFixtures.ok;
import static io.scpgen.generator.openapi.SpecFixtures.operation;
import static io.scpgen.generator.openapi.SpecFixtures.spec;
import static io.scpgen.generator.openapi.SpecFixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Environment;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.RequestBody;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document's shape: field order, path and method order, lifecycle, servers, operation ids and responses. */
class OpenApiDocumentTest {

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void topLevelFieldsComeInAFixedOrder() {
        ObjectNode document = export(List.of(operation("listThings", "GET", "/v1/things", ok("1.1", null))));

        assertThat(fieldNames(document)).containsExactly("openapi", "info", "servers", "paths");
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void pathsAreSortedAndMethodsFollowTheOpenApiOrder() {
        List<Operation> scrambled = List.of(
                operation("deleteThing", "DELETE", "/v1/things/{id}", ok("1.1", null)),
                operation("patchThing", "PATCH", "/v1/things/{id}", ok("1.1", null)),
                operation("createThing", "POST", "/v1/things", ok("1.1", null)),
                operation("showThing", "GET", "/v1/things/{id}", ok("1.1", null)),
                operation("setThing", "PUT", "/v1/things/{id}", ok("1.1", null)),
                operation("listAlpha", "GET", "/v1/alpha", ok("1.1", null)),
                operation("listThings", "GET", "/v1/things", ok("1.1", null)));

        ObjectNode paths = (ObjectNode) export(scrambled).path("paths");

        assertThat(fieldNames(paths)).containsExactly("/v1/alpha", "/v1/things", "/v1/things/{id}");
        assertThat(fieldNames(paths.path("/v1/things"))).containsExactly("get", "post");
        assertThat(fieldNames(paths.path("/v1/things/{id}"))).containsExactly("get", "put", "delete", "patch");
    }

    @Test
    void anOperationCarriesItsIdTitleDescriptionGroupAndScpExtensionsInOrder() {
        JsonNode get = export(List.of(operation("listThings", "GET", "/v1/things", ok("1.1", null))))
                .at("/paths/~1v1~1things/get");

        assertThat(fieldNames(get)).containsExactly("operationId", "summary", "description", "tags", "responses",
                "x-scp-api-version", "x-scp-status");
        assertThat(get.path("operationId").asText()).isEqualTo("listThings");
        assertThat(get.path("summary").asText()).isEqualTo("Title of listThings");
        assertThat(get.path("description").asText()).isEqualTo("Does 1.1.");
        assertThat(get.path("tags").toString()).isEqualTo("[\"things\"]");
        assertThat(get.path("x-scp-api-version").asText()).isEqualTo("things 1.1");
        assertThat(get.path("x-scp-status").asText()).isEqualTo("CURRENT");
    }

    @Test
    void aDeprecatedVersionsOperationsAreDeprecatedWithTheirSupportedUntilDate() {
        JsonNode get = OpenApiExporter.document(spec(List.of(operation("listThings", "GET", "/v1/things",
                ok("1.0", null))), List.of()), "1.0", diagnostics).at("/paths/~1v1~1things/get");

        assertThat(get.path("deprecated").asBoolean()).isTrue();
        assertThat(get.path("x-scp-status").asText()).isEqualTo("DEPRECATED");
        assertThat(get.path("x-scp-supported-until").asText()).isEqualTo("2025-12-31");
    }

    @Test
    void theVersionsLifecycleWinsOverAnOlderPagesLifecycleOfTheSameVersion() {
        OperationVariant saidCurrent = ok("1.0", null).withLifecycle(new Lifecycle(LifecycleStatus.CURRENT, null));

        JsonNode get = OpenApiExporter.document(spec(List.of(operation("listThings", "GET", "/v1/things",
                saidCurrent)), List.of()), "1.0", diagnostics).at("/paths/~1v1~1things/get");

        assertThat(get.path("deprecated").asBoolean()).isTrue();
        assertThat(get.path("x-scp-supported-until").asText()).isEqualTo("2025-12-31");
    }

    @Test
    void infoNamesTheServiceVersionAndLifecycle() {
        JsonNode info = OpenApiExporter.document(spec(List.of(), List.of()), "1.0", diagnostics).path("info");

        assertThat(info.toString()).isEqualTo("{\"title\":\"Things\",\"version\":\"1.0\",\"description\":"
                + "\"The things service.\",\"x-scp-service\":\"things\",\"x-scp-api-version\":\"things 1.0\","
                + "\"x-scp-status\":\"DEPRECATED\",\"x-scp-supported-until\":\"2025-12-31\"}");
    }

    @Test
    void serversEnumerateEnvironmentsAndRegionsDefaultingToTheFirst() {
        JsonNode server = export(List.of()).path("servers").get(0);

        assertThat(server.path("url").asText()).isEqualTo(SpecFixtures.BASE_URL);
        assertThat(fieldNames(server.path("variables"))).containsExactly("region", "environment");
        assertThat(server.at("/variables/region/default").asText()).isEqualTo("kr-west1");
        assertThat(server.at("/variables/region/enum").toString())
                .isEqualTo("[\"kr-west1\",\"kr-east1\",\"kr-south1\"]");
        assertThat(server.at("/variables/environment/default").asText()).isEqualTo("s");
        assertThat(server.at("/variables/environment/enum").toString()).isEqualTo("[\"s\",\"g\"]");
        assertThat(server.path("description").asText())
                .isEqualTo("Environments and the regions they serve: s (kr-west1, kr-east1), g (kr-south1)");
    }

    @Test
    void aServerVariableWithoutValuesDefaultsToItsNameWithADiagnostic() {
        ServiceSpec spec = new ServiceSpec("things", "Things", null, SpecFixtures.BASE_URL,
                List.<Environment>of(), SpecFixtures.VERSIONS, List.of(), List.of(), List.of());

        JsonNode variables = OpenApiExporter.document(spec, "1.1", diagnostics).at("/servers/0/variables");

        assertThat(variables.at("/region/default").asText()).isEqualTo("region");
        assertThat(variables.at("/region/enum").isMissingNode()).isTrue();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "things.json:0: warning: the docs list no values for '{environment}' of the base URL: expected an"
                        + " environment/region table; the server variable defaults to 'environment'",
                "things.json:0: warning: the docs list no values for '{region}' of the base URL: expected an"
                        + " environment/region table; the server variable defaults to 'region'");
    }

    @Test
    void aVersionHoldsOnlyTheOperationsDocumentedForIt() {
        ServiceSpec spec = spec(List.of(operation("listThings", "GET", "/v1/things", ok("1.0", null),
                ok("1.1", null)), operation("listOld", "GET", "/v1/old", ok("1.0", null))), List.of());

        assertThat(fieldNames(OpenApiExporter.document(spec, "1.0", diagnostics).path("paths")))
                .containsExactly("/v1/old", "/v1/things");
        assertThat(fieldNames(OpenApiExporter.document(spec, "1.1", diagnostics).path("paths")))
                .containsExactly("/v1/things");
        assertThat(OpenApiExporter.export(spec, diagnostics).keySet())
                .containsExactly("things-1.0.openapi.json", "things-1.1.openapi.json");
    }

    @Test
    void aRepeatedOperationIdIsMadeUniqueFromMethodAndPathWithADiagnostic() {
        JsonNode paths = export(List.of(operation("listThings", "GET", "/v1/things", ok("1.1", null)),
                operation("listThings", "GET", "/v1/things/{id}/parts", variant("1.1",
                        List.of(SpecFixtures.parameter("path", "id", true, TypeRef.string(null))), null,
                        List.of(new Response("200", "OK", null)))))).path("paths");

        assertThat(paths.at("/~1v1~1things/get/operationId").asText()).isEqualTo("listThings");
        assertThat(paths.at("/~1v1~1things~1{id}~1parts/get/operationId").asText()).isEqualTo("getThingsByIdParts");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly("GET /v1/things/{id}/parts"
                + " 1.1: operationId 'listThings' is already used by another operation: expected unique ids;"
                + " exported as 'getThingsByIdParts'");
    }

    @Test
    void requestBodiesAndResponsesAreJsonWithRefsExamplesAndAlwaysADescription() {
        OperationVariant create = new OperationVariant("1.1", new Lifecycle(LifecycleStatus.CURRENT, null), null,
                List.of(), new RequestBody(TypeRef.ref("ThingCreateRequest"), true, null),
                List.of(new Response("404", null, null), new Response("201", "Created", TypeRef.ref("Thing")),
                        new Response("400", "Bad Request", null)),
                Nodes.object().put("name", "a"), Map.of("201", Nodes.object().put("id", "1")),
                new Source("things.txt", 10));

        JsonNode post = export(List.of(new Operation("createThing", "Create Thing", "POST", "/v1/things", "things",
                List.of(create)))).at("/paths/~1v1~1things/post");

        assertThat(post.path("requestBody").toString()).isEqualTo("{\"content\":{\"application/json\":{\"schema\":"
                + "{\"$ref\":\"#/components/schemas/ThingCreateRequest\"},\"example\":{\"name\":\"a\"}}},"
                + "\"required\":true}");
        assertThat(fieldNames(post.path("responses"))).containsExactly("201", "400", "404");
        assertThat(post.at("/responses/201").toString()).isEqualTo("{\"description\":\"Created\",\"content\":"
                + "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Thing\"},"
                + "\"example\":{\"id\":\"1\"}}}}");
        assertThat(post.at("/responses/404").toString()).isEqualTo("{\"description\":\"Not Found\"}");
    }

    @Test
    void anOperationWithoutResponsesGetsADefaultResponseAndADiagnostic() {
        JsonNode get = export(List.of(operation("listThings", "GET", "/v1/things",
                variant("1.1", List.of(), null, List.of())))).at("/paths/~1v1~1things/get");

        assertThat(get.path("responses").toString())
                .isEqualTo("{\"default\":{\"description\":\"The docs list no response.\"}}");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "GET /v1/things 1.1 documents no response: expected a Responses table; exported with a 'default'"
                        + " response");
    }

    @Test
    void docsThatNameNoServiceGiveDocumentsWithoutTheHeaderValueAndADiagnostic() {
        ServiceSpec unnamed = new ServiceSpec(null, null, null, SpecFixtures.BASE_URL, SpecFixtures.ENVIRONMENTS,
                SpecFixtures.VERSIONS, List.of(operation("listThings", "GET", "/v1/things", ok("1.1", null))),
                List.of(), List.of());

        ObjectNode document = OpenApiExporter.document(unnamed, "1.1", diagnostics);

        assertThat(document.path("info").has("x-scp-api-version")).isFalse();
        assertThat(document.at("/paths/~1v1~1things/get").has("x-scp-api-version")).isFalse();
        assertThat(OpenApiExporter.export(unnamed, diagnostics).keySet())
                .containsExactly("service-1.0.openapi.json", "service-1.1.openapi.json");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("spec.json:0: warning: the"
                + " docs name no service: expected a page that states it (such as the API reference's service"
                + " header); the OpenAPI documents have no x-scp-service or x-scp-api-version");
    }

    private ObjectNode export(List<Operation> operations) {
        return OpenApiExporter.document(spec(operations, List.of()), "1.1", diagnostics);
    }
}
