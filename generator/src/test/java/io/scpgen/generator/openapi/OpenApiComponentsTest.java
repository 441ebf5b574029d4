package io.scpgen.generator.openapi;

import static io.scpgen.generator.openapi.SpecFixtures.field;
import static io.scpgen.generator.openapi.SpecFixtures.fieldNames;
import static io.scpgen.generator.openapi.SpecFixtures.model;
import static io.scpgen.generator.openapi.SpecFixtures.ok;
import static io.scpgen.generator.openapi.SpecFixtures.operation;
import static io.scpgen.generator.openapi.SpecFixtures.refs;
import static io.scpgen.generator.openapi.SpecFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.FieldChange;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import io.scpgen.generator.spec.TypeRef.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** components/schemas: the models a version uses, transitively, and nothing else; never a dangling $ref. */
class OpenApiComponentsTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private final ServiceSpec spec = spec(
            List.of(operation("showThing", "GET", "/v1/things", ok("1.1", TypeRef.ref("Thing"))),
                    operation("listOld", "GET", "/v1/old", ok("1.0", TypeRef.ref("OldThing")))),
            List.of(model("Thing",
                            field("parts", true, TypeRef.arrayOf(TypeRef.ref("Part"))),
                            field("owner", false, TypeRef.ref("Owner").withNullable(true)),
                            field("extras", false, TypeRef.mapOf(TypeRef.ref("Extra"))),
                            field("choice", false,
                                    TypeRef.anyOf(List.of(TypeRef.ref("Alt"), TypeRef.of(Kind.BOOLEAN))))),
                    model("Part", field("name", true, TypeRef.string(null))),
                    model("Extra"),
                    model("Alt"),
                    model("OldThing"),
                    model("Unused")));

    @Test
    void holdsEveryModelTheVersionUsesTransitivelySortedByName() {
        ObjectNode document = OpenApiExporter.document(spec, "1.1", diagnostics);

        assertThat(fieldNames(document.path("components").path("schemas")))
                .containsExactly("Alt", "Extra", "Owner", "Part", "Thing");
    }

    @Test
    void aModelDefinedNowhereIsAnUnresolvedObjectAndADiagnosticAtItsFirstUse() {
        ObjectNode document = OpenApiExporter.document(spec, "1.1", diagnostics);

        JsonNode owner = document.path("components").path("schemas").path("Owner");
        assertThat(owner.path("type").asText()).isEqualTo("object");
        assertThat(owner.path("x-scp-unresolved").asBoolean()).isTrue();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("models.txt:100: warning:"
                + " model Owner is referenced by things 1.1 but defined nowhere: expected a model section 'Owner';"
                + " exported as an open object schema marked x-scp-unresolved");
    }

    @Test
    void theDiagnosticNamesTheApiVersionWhenTheDocsNameNoService() {
        ServiceSpec unnamed = new ServiceSpec(null, null, null, null, List.of(), List.of(), spec.operations(),
                spec.models(), List.of());

        OpenApiExporter.document(unnamed, "1.1", diagnostics);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).contains("models.txt:100: warning:"
                + " model Owner is referenced by API version 1.1 but defined nowhere: expected a model section"
                + " 'Owner'; exported as an open object schema marked x-scp-unresolved");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).noneMatch(m -> m.contains("null"));
    }

    @Test
    void aModelNamedByA10000CharacterLineHasABoundedKeyThatItsRefsUse() {
        String name = "B" + "b".repeat(9999);
        ServiceSpec longName = spec(List.of(operation("showThing", "GET", "/v1/things", ok("1.1", TypeRef.ref(name)))),
                List.of(model(name, field("id", true, TypeRef.string(null)))));

        ObjectNode document = OpenApiExporter.document(longName, "1.1", diagnostics);

        assertThat(fieldNames(document.path("components").path("schemas"))).singleElement()
                .satisfies(key -> assertThat(key).hasSize(64).startsWith("Bbbb"));
        assertThat(refs(document)).isNotEmpty().allSatisfy(ref ->
                assertThat(document.at(ref.substring(1)).isObject()).as(ref).isTrue());
    }

    @Test
    void everyRefResolvesToAComponent() {
        ObjectNode document = OpenApiExporter.document(spec, "1.1", diagnostics);

        assertThat(refs(document)).isNotEmpty().allSatisfy(ref ->
                assertThat(document.at(ref.substring(1)).isObject()).as(ref).isTrue());
    }

    @Test
    void fieldsArePropertiesInDocsOrderWithTheRequiredList() {
        JsonNode thing = OpenApiExporter.document(spec, "1.1", diagnostics).at("/components/schemas/Thing");

        assertThat(thing.path("type").asText()).isEqualTo("object");
        assertThat(fieldNames(thing)).containsExactly("type", "required", "properties");
        assertThat(thing.path("required").toString()).isEqualTo("[\"parts\"]");
        assertThat(fieldNames(thing.path("properties"))).containsExactly("parts", "owner", "extras", "choice");
        assertThat(thing.at("/properties/owner/anyOf/1/type").asText()).isEqualTo("null");
    }

    @Test
    void anotherVersionHoldsOnlyItsOwnModels() {
        assertThat(fieldNames(OpenApiExporter.document(spec, "1.0", diagnostics).at("/components/schemas")))
                .containsExactly("OldThing");
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void inferredModelsAndVersionVariantsSayWhereTheyCameFrom() {
        Model variant = new Model("ThingV1Dot2", Model.INFERRED, new Source("new.txt", 5), "Thing", "1.2",
                List.of(new FieldChange("parts[].size", "added", ""), new FieldChange("name", "changed",
                        "string -> integer")), List.of(new Field("name", true, "이름", TypeRef.of(Kind.INTEGER), null,
                Nodes.object().numberNode(7), null)));

        ObjectNode schema = new ModelSchemaMapper(new SchemaMapper()).schema(variant);

        assertThat(schema.toString()).isEqualTo("{\"type\":\"object\",\"required\":[\"name\"],\"properties\":"
                + "{\"name\":{\"description\":\"이름\",\"type\":\"integer\",\"example\":7}},"
                + "\"x-scp-inferred\":true,\"x-scp-variant-of\":\"Thing\",\"x-scp-variant-version\":\"1.2\","
                + "\"x-scp-variant-changes\":[\"parts[].size added\",\"name changed: string -> integer\"]}");
    }
}
