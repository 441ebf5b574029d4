package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.THINGS;
import static io.scpgen.generator.diff.TinySpecs.model;
import static io.scpgen.generator.diff.TinySpecs.ok;
import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.optional;
import static io.scpgen.generator.diff.TinySpecs.required;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.string;
import static io.scpgen.generator.diff.TinySpecs.things;
import static io.scpgen.generator.diff.TinySpecs.withResponses;
import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseRulesTest {

    /** The shape of the seed's pending-images response and its 1.2 variant, nested variant included. */
    private static final List<Model> MODELS = List.of(
            model("ImageListResponse", required("images", TypeRef.arrayOf(TypeRef.ref("ImageShowResponse")))),
            model("ImageShowResponse", required("id", string()), optional("name", string())),
            model("ImageListResponseV1Dot2",
                    required("images", TypeRef.arrayOf(TypeRef.ref("ImageShowResponseV1Dot2")))),
            model("ImageShowResponseV1Dot2", required("id", string()), optional("name", string()),
                    optional("scp_gpu_driver", string())),
            model("ImageListResponseV1Dot3", required("images", TypeRef.arrayOf(TypeRef.ref("ImageShowResponseV1Dot3")))),
            model("ImageShowResponseV1Dot3", required("id", string())));

    private static List<Change> responses(List<Response> old, List<Response> now) {
        return snapshots(things(MODELS, withResponses("1.0", old.toArray(Response[]::new))),
                things(MODELS, withResponses("1.0", now.toArray(Response[]::new))));
    }

    @Test
    void aResponseAddedIsInformation() {
        Change change = onlyChange(responses(List.of(), List.of(new Response("404", "Not Found", null))));

        assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.path()).isEqualTo("responses.404");
    }

    @Test
    void anErrorResponseNoLongerDocumentedIsInformation() {
        Change change = onlyChange(responses(List.of(new Response("404", "Not Found", null)), List.of()));

        assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
    }

    @Test
    void aSuccessResponseRemovedBreaks() {
        Change change = onlyChange(responses(List.of(ok("ImageListResponse")), List.of()));

        assertThat(change.kind()).isEqualTo(ChangeKind.SUCCESS_RESPONSE_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void aBodyAddedToAResponseIsInformation() {
        Change change = onlyChange(responses(List.of(ok((TypeRef) null)), List.of(ok("ImageListResponse"))));

        assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_BODY_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
    }

    @Test
    void aBodyRemovedFromAResponseBreaks() {
        Change change = onlyChange(responses(List.of(ok("ImageListResponse")), List.of(ok((TypeRef) null))));

        assertThat(change.kind()).isEqualTo(ChangeKind.RESPONSE_BODY_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void aVersionVariantIsFollowedIntoItsNestedVariant() {
        Change change = onlyChange(responses(List.of(ok("ImageListResponse")), List.of(ok("ImageListResponseV1Dot2"))));

        assertThat(change.kind()).isEqualTo(ChangeKind.MODEL_REPLACED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.describe()).isEqualTo(
                THINGS + " 1.0: response ImageListResponse -> ImageListResponseV1Dot2 (+ images[].scp_gpu_driver)");
        assertThat(change.path()).isEqualTo("responses.200");
        assertThat(change.oldValue()).isEqualTo("ImageListResponse");
        assertThat(change.newValue()).isEqualTo("ImageListResponseV1Dot2");
    }

    @Test
    void aResponseModelReplacedByOneThatLacksFieldsBreaks() {
        Change change = onlyChange(responses(List.of(ok("ImageListResponse")), List.of(ok("ImageListResponseV1Dot3"))));

        assertThat(change.kind()).isEqualTo(ChangeKind.MODEL_REPLACED_INCOMPATIBLY);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.message()).isEqualTo("response ImageListResponse -> ImageListResponseV1Dot3 (- images[].name)");
    }

    @Test
    void theSameModelIsComparedFieldByFieldAtItsPath() {
        List<Model> before = List.of(model("Thing", required("id", string())));
        List<Model> after = List.of(model("Thing", required("id", string()), optional("zone", string())));

        Change change = onlyChange(snapshots(things(before, withResponses("1.0", ok("Thing"))),
                things(after, withResponses("1.0", ok("Thing")))));

        assertThat(change.kind()).isEqualTo(ChangeKind.FIELD_ADDED);
        assertThat(change.path()).isEqualTo("responses.200.zone");
    }
}
