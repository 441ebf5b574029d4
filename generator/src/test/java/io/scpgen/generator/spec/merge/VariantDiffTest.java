package io.scpgen.generator.spec.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.FieldChange;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariantDiffTest {

    @Test
    void followsNestedVariantsAndReportsAddedRemovedAndChangedFields() {
        Model show = model("Show", field("id", TypeRef.string(null)), field("size", TypeRef.of(TypeRef.Kind.INTEGER)),
                field("old", TypeRef.string(null)));
        Model show12 = model("ShowV1Dot2", field("id", TypeRef.string(null)),
                field("size", TypeRef.string(null)), field("gpu", TypeRef.string(null)));
        Model list = model("List", field("items", TypeRef.arrayOf(TypeRef.ref("Show"))));
        Model list12 = model("ListV1Dot2", field("items", TypeRef.arrayOf(TypeRef.ref("ShowV1Dot2"))));
        Map<String, Model> models = Map.of("Show", show, "ShowV1Dot2", show12, "List", list, "ListV1Dot2", list12);

        List<FieldChange> changes = new VariantDiff(name -> Optional.ofNullable(models.get(name))).between(list, list12);

        assertThat(changes).containsExactly(
                new FieldChange("items[].gpu", "added", ""),
                new FieldChange("items[].old", "removed", ""),
                new FieldChange("items[].size", "changed", "integer -> string"));
    }

    @Test
    void identicalModelsHaveNoChanges() {
        Model a = model("A", field("id", TypeRef.string(null)));

        assertThat(new VariantDiff(name -> Optional.empty()).between(a, a)).isEmpty();
    }

    private static Model model(String name, Field... fields) {
        return new Model(name, Model.DEFINED, null, null, null, null, List.of(fields));
    }

    private static Field field(String name, TypeRef type) {
        return new Field(name, true, "", type, null, null, null);
    }
}
