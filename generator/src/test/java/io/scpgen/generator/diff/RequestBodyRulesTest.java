package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.THINGS;
import static io.scpgen.generator.diff.TinySpecs.body;
import static io.scpgen.generator.diff.TinySpecs.model;
import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.optional;
import static io.scpgen.generator.diff.TinySpecs.required;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.string;
import static io.scpgen.generator.diff.TinySpecs.things;
import static io.scpgen.generator.diff.TinySpecs.withBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.RequestBody;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestBodyRulesTest {

    private static final List<Model> MODELS = List.of(
            model("ThingCreateRequest", required("name", string())),
            model("ThingCreateRequestV1Dot1", required("name", string()), optional("tags", string())),
            model("ThingCreateRequestV1Dot2", required("name", string()), required("zone", string())));

    private static List<Change> bodies(RequestBody old, RequestBody now) {
        return snapshots(things(MODELS, withBody("1.0", old)), things(MODELS, withBody("1.0", now)));
    }

    @Test
    void anOptionalBodyAddedIsInformation() {
        Change change = onlyChange(bodies(null, body(TypeRef.ref("ThingCreateRequest"), false)));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUEST_BODY_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.path()).isEqualTo("requestBody");
    }

    @Test
    void aRequiredBodyAddedBreaks() {
        Change change = onlyChange(bodies(null, body("ThingCreateRequest")));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUIRED_REQUEST_BODY_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.message()).isEqualTo("required request body ThingCreateRequest added");
    }

    @Test
    void aRemovedBodyBreaks() {
        Change change = onlyChange(bodies(body("ThingCreateRequest"), null));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUEST_BODY_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void anOptionalBodyThatBecomesRequiredBreaks() {
        Change change = onlyChange(bodies(body(TypeRef.ref("ThingCreateRequest"), false), body("ThingCreateRequest")));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUEST_BODY_BECAME_REQUIRED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void aRequiredBodyThatBecomesOptionalIsInformation() {
        Change change = onlyChange(bodies(body("ThingCreateRequest"), body(TypeRef.ref("ThingCreateRequest"), false)));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUEST_BODY_BECAME_OPTIONAL);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
    }

    @Test
    void aVariantModelWithAnOptionalFieldMoreReplacesTheBodyCompatibly() {
        Change change = onlyChange(bodies(body("ThingCreateRequest"), body("ThingCreateRequestV1Dot1")));

        assertThat(change.kind()).isEqualTo(ChangeKind.MODEL_REPLACED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.describe()).isEqualTo(
                THINGS + " 1.0: request body ThingCreateRequest -> ThingCreateRequestV1Dot1 (+ tags)");
    }

    @Test
    void aVariantModelWithARequiredFieldMoreReplacesTheBodyIncompatibly() {
        Change change = onlyChange(bodies(body("ThingCreateRequest"), body("ThingCreateRequestV1Dot2")));

        assertThat(change.kind()).isEqualTo(ChangeKind.MODEL_REPLACED_INCOMPATIBLY);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.message()).isEqualTo(
                "request body ThingCreateRequest -> ThingCreateRequestV1Dot2 (+ zone)");
    }
}
