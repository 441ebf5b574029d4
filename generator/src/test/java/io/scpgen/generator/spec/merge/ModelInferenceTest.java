package io.scpgen.generator.spec.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule for models the docs reference but never define, on the shape of the pending-images example. */
class ModelInferenceTest {

    private static final Source SOURCE = new Source("pending-images-list-1.3.txt", 1);

    private static final Model SHOW = new Model("ImageShowResponse", Model.DEFINED, SOURCE, null, null, null, List.of(
            new Field("id", true, "이미지 ID", TypeRef.string(null), null, null, null),
            new Field("min_disk", true, "최소 디스크", TypeRef.of(TypeRef.Kind.INTEGER), null, null, null)));
    private static final Model LIST = new Model("ImageListResponse", Model.DEFINED, SOURCE, null, null, null, List.of(
            new Field("images", true, "이미지 목록", TypeRef.arrayOf(TypeRef.ref("ImageShowResponse")), null, null, null)));

    @Test
    void aVariantFollowsItsBaseAndBecomesANestedVariantWhereTheExampleHasMore() throws Exception {
        ModelInference inference = new ModelInference(name -> Optional.ofNullable(
                Map.of("ImageShowResponse", SHOW, "ImageListResponse", LIST).get(name)));
        JsonNode example = json("""
                {"images": [{"id": "70a5", "min_disk": 100, "scp_gpu_driver": "535.183.06"}]}""");

        assertThat(inference.infer("ImageListResponseV1Dot2", example, SOURCE)).isTrue();

        assertThat(inference.inferred()).extracting(Model::name)
                .containsExactlyInAnyOrder("ImageListResponseV1Dot2", "ImageShowResponseV1Dot2");
        Model list = byName(inference, "ImageListResponseV1Dot2");
        assertThat(list.origin()).isEqualTo(Model.INFERRED);
        assertThat(list.field("images").orElseThrow()).satisfies(f -> {
            assertThat(f.type()).isEqualTo(TypeRef.arrayOf(TypeRef.ref("ImageShowResponseV1Dot2")));
            assertThat(f.required()).isTrue();
            assertThat(f.description()).isEqualTo("이미지 목록");
        });
        Model show = byName(inference, "ImageShowResponseV1Dot2");
        assertThat(show.fields()).extracting(Field::name).containsExactly("id", "min_disk", "scp_gpu_driver");
        assertThat(show.field("min_disk").orElseThrow()).isEqualTo(SHOW.field("min_disk").orElseThrow());
        assertThat(show.field("scp_gpu_driver").orElseThrow()).satisfies(f -> {
            assertThat(f.required()).isFalse();
            assertThat(f.type()).isEqualTo(TypeRef.string(null));
            assertThat(f.example().asText()).isEqualTo("535.183.06");
        });
    }

    @Test
    void withoutABaseFieldsAreOptionalAndTypedFromTheirValues() throws Exception {
        ModelInference inference = new ModelInference(name -> Optional.empty());

        inference.infer("Thing", json("""
                {"count": 2, "ratio": 0.5, "on": true, "tags": ["a"], "owner": {"id": "x"}, "gone": null}"""), SOURCE);

        Model thing = byName(inference, "Thing");
        assertThat(thing.fields()).extracting(f -> f.name() + ":" + f.type().describe() + ":" + f.required())
                .containsExactly("count:integer:false", "ratio:number:false", "on:boolean:false",
                        "tags:array[string]:false", "owner:ThingOwner:false", "gone:any of [any, null]:false");
        assertThat(byName(inference, "ThingOwner").fields()).extracting(Field::name).containsExactly("id");
    }

    @Test
    void anExampleThatIsNotAnObjectCannotBeInferredFrom() throws Exception {
        ModelInference inference = new ModelInference(name -> Optional.empty());

        assertThat(inference.infer("Thing", json("\"text\""), SOURCE)).isFalse();
        assertThat(inference.inferred()).isEmpty();
    }

    private static Model byName(ModelInference inference, String name) {
        return inference.inferred().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
