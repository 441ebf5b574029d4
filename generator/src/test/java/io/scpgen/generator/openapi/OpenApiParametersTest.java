package io.scpgen.generator.openapi;

import static io.scpgen.generator.openapi.SpecFixtures.operation;
import static io.scpgen.generator.openapi.SpecFixtures.parameter;
import static io.scpgen.generator.openapi.SpecFixtures.spec;
import static io.scpgen.generator.openapi.SpecFixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.TypeRef;
import io.scpgen.generator.spec.TypeRef.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameters as OpenAPI demands them; each repair of the docs is a diagnostic. */
class OpenApiParametersTest {

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void aQueryParameterHasNameInDescriptionRequiredSchemaAndExampleInThatOrder() {
        Parameter limit = new Parameter("query", "limit", false, "페이지 항목 개수",
                TypeRef.of(Kind.INTEGER).withNullable(true), Nodes.object().numberNode(20),
                Nodes.object().numberNode(10), null);

        JsonNode parameters = export("/v1/things", List.of(limit));

        assertThat(parameters.toString()).isEqualTo("[{\"name\":\"limit\",\"in\":\"query\",\"description\":"
                + "\"페이지 항목 개수\",\"required\":false,"
                + "\"schema\":{\"type\":[\"integer\",\"null\"],\"default\":20},"
                + "\"example\":10}]");
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void aPathParameterDocumentedAsOptionalIsRequiredWithADiagnostic() {
        JsonNode parameters = export("/v1/things/{id}", List.of(parameter("path", "id", false, TypeRef.string(null))));

        assertThat(parameters.at("/0/required").asBoolean()).isTrue();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("things.txt:10: warning:"
                + " GET /v1/things/{id} 1.1: path parameter 'id' is documented as optional: OpenAPI requires path"
                + " parameters; exported as required");
    }

    @Test
    void aPathTemplateNameTheDocsDoNotListIsAddedAsARequiredString() {
        JsonNode parameters = export("/v1/things/{id}/parts/{part_id}",
                List.of(parameter("path", "id", true, TypeRef.string(null))));

        assertThat(parameters).hasSize(2);
        assertThat(parameters.get(1).toString()).isEqualTo("{\"name\":\"part_id\",\"in\":\"path\",\"required\":true,"
                + "\"schema\":{\"type\":\"string\"}}");
        assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::message).asString()
                .contains("path parameter 'part_id' is not documented");
    }

    @Test
    void aPathParameterThePathHasNoPlaceForAndRepeatedParametersAreLeftOut() {
        JsonNode parameters = export("/v1/things", List.of(parameter("path", "id", true, TypeRef.string(null)),
                parameter("query", "q", false, TypeRef.string(null)),
                parameter("query", "q", false, TypeRef.of(Kind.INTEGER)),
                parameter("body", "b", false, TypeRef.string(null))));

        assertThat(parameters).hasSize(1);
        assertThat(parameters.at("/0/schema/type").asText()).isEqualTo("string");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("path parameter 'id' has no {id} in the path"),
                m -> assertThat(m).contains("query parameter 'q' is listed twice"),
                m -> assertThat(m).contains("parameter 'b' is in 'body'"));
    }

    private JsonNode export(String path, List<Parameter> parameters) {
        var spec = spec(List.of(operation("op", "GET", path, variant("1.1", parameters, null,
                List.of(new Response("200", "OK", null))))), List.of());
        return OpenApiExporter.document(spec, "1.1", diagnostics).path("paths").path(path).path("get")
                .path("parameters");
    }
}
