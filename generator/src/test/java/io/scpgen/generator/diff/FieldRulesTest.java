package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.body;
import static io.scpgen.generator.diff.TinySpecs.model;
import static io.scpgen.generator.diff.TinySpecs.ok;
import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.optional;
import static io.scpgen.generator.diff.TinySpecs.required;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.string;
import static io.scpgen.generator.diff.TinySpecs.things;
import static io.scpgen.generator.diff.TinySpecs.withBody;
import static io.scpgen.generator.diff.TinySpecs.withResponses;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

    /** The changes when model {@code Thing} goes from {@code old} to {@code now} fields, as a request body. */
    static List<Change> inRequest(List<Field> old, List<Field> now) {
        return snapshots(things(List.of(model("Thing", old.toArray(Field[]::new))), withBody("1.0", body("Thing"))),
                things(List.of(model("Thing", now.toArray(Field[]::new))), withBody("1.0", body("Thing"))));
    }

    /** The same as a response body. */
    static List<Change> inResponse(List<Field> old, List<Field> now) {
        return snapshots(things(List.of(model("Thing", old.toArray(Field[]::new))), withResponses("1.0", ok("Thing"))),
                things(List.of(model("Thing", now.toArray(Field[]::new))), withResponses("1.0", ok("Thing"))));
    }

    @Test
    void anOptionalFieldAddedIsInformation() {
        Change change = onlyChange(inRequest(List.of(), List.of(optional("tags", string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.FIELD_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.path()).isEqualTo("requestBody.tags");
        assertThat(change.message()).isEqualTo("field added: string");
    }

    @Test
    void aRequiredFieldAddedToAResponseIsInformation() {
        Change change = onlyChange(inResponse(List.of(), List.of(required("zone", string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.FIELD_ADDED);
    }

    @Test
    void aRequiredFieldAddedToARequestBreaks() {
        Change change = onlyChange(inRequest(List.of(), List.of(required("zone", string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUIRED_REQUEST_FIELD_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void aRemovedFieldBreaks() {
        Change change = onlyChange(inResponse(List.of(optional("name", string())), List.of()));

        assertThat(change.kind()).isEqualTo(ChangeKind.FIELD_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.path()).isEqualTo("responses.200.name");
    }

    @Test
    void aRequestFieldThatBecomesRequiredBreaks() {
        Change change = onlyChange(inRequest(List.of(optional("zone", string())), List.of(required("zone", string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUEST_FIELD_BECAME_REQUIRED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.message()).isEqualTo("became required");
    }

    @Test
    void aRequestFieldThatBecomesOptionalIsInformation() {
        Change change = onlyChange(inRequest(List.of(required("zone", string())), List.of(optional("zone", string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUEST_FIELD_BECAME_OPTIONAL);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
    }

    @Test
    void aResponseFieldThatBecomesRequiredIsInformation() {
        Change change = onlyChange(inResponse(List.of(optional("zone", string())), List.of(required("zone", string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_FIELD_BECAME_REQUIRED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
    }

    @Test
    void aResponseFieldThatBecomesOptionalBreaks() {
        Change change = onlyChange(inResponse(List.of(required("zone", string())), List.of(optional("zone", string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_FIELD_BECAME_OPTIONAL);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void nestedModelsAreFollowedThroughArraysAndMaps() {
        List<Model> before = List.of(
                model("Thing", required("parts", TypeRef.arrayOf(TypeRef.ref("Part"))),
                        optional("labels", TypeRef.mapOf(TypeRef.ref("Label")))),
                model("Part", required("id", string())), model("Label", required("text", string())));
        List<Model> after = List.of(
                model("Thing", required("parts", TypeRef.arrayOf(TypeRef.ref("Part"))),
                        optional("labels", TypeRef.mapOf(TypeRef.ref("Label")))),
                model("Part", required("id", string()), optional("size", string())),
                model("Label", required("text", string()), optional("color", string())));

        List<Change> changes = snapshots(things(before, withResponses("1.0", ok("Thing"))),
                things(after, withResponses("1.0", ok("Thing"))));

        assertThat(changes).extracting(Change::path)
                .containsExactly("responses.200.labels{}.color", "responses.200.parts[].size");
    }

    @Test
    void aModelThatContainsItselfIsComparedOnce() {
        Model before = model("Node", required("id", string()), optional("children",
                TypeRef.arrayOf(TypeRef.ref("Node"))));
        Model after = model("Node", required("id", string()), optional("children",
                TypeRef.arrayOf(TypeRef.ref("Node"))), optional("depth", string()));

        List<Change> changes = snapshots(things(List.of(before), withResponses("1.0", ok("Node"))),
                things(List.of(after), withResponses("1.0", ok("Node"))));

        assertThat(changes).extracting(Change::path).containsExactly("responses.200.depth");
    }
}
