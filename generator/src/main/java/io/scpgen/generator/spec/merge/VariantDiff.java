package io.scpgen.generator.spec.merge;

import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.FieldChange;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The field-level difference of a version variant from its base model, following nested models: when
 * {@code images} changes from {@code array[ImageShowResponse]} to {@code array[ImageShowResponseV1Dot2]} and the
 * nested variant adds {@code scp_gpu_driver}, the change is {@code images[].scp_gpu_driver added}.
 */
final class VariantDiff {

    private final Function<String, Optional<Model>> models;

    VariantDiff(Function<String, Optional<Model>> models) {
        this.models = models;
    }

    List<FieldChange> between(Model base, Model variant) {
        List<FieldChange> changes = new ArrayList<>();
        compare(base, variant, "", changes, new HashSet<>());
        changes.sort(Comparator.comparing(FieldChange::path).thenComparing(FieldChange::change));
        return changes;
    }

    private void compare(Model base, Model variant, String prefix, List<FieldChange> changes, Set<String> seen) {
        if (!seen.add(base.name() + "->" + variant.name())) {
            return;
        }
        for (Field field : variant.fields()) {
            Optional<Field> old = base.field(field.name());
            if (old.isEmpty()) {
                changes.add(new FieldChange(prefix + field.name(), "added", ""));
            } else {
                compareTypes(old.get().type(), field.type(), prefix + field.name(), changes, seen);
            }
        }
        for (Field field : base.fields()) {
            if (variant.field(field.name()).isEmpty()) {
                changes.add(new FieldChange(prefix + field.name(), "removed", ""));
            }
        }
    }

    private void compareTypes(TypeRef old, TypeRef now, String path, List<FieldChange> changes, Set<String> seen) {
        if (old.equals(now)) {
            return;
        }
        String oldModel = old.referencedModel();
        String newModel = now.referencedModel();
        if (oldModel != null && newModel != null && old.sameShapeAs(now)) {
            Optional<Model> from = models.apply(oldModel);
            Optional<Model> to = models.apply(newModel);
            if (from.isPresent() && to.isPresent()) {
                compare(from.get(), to.get(), path + (old.kind() == TypeRef.Kind.ARRAY ? "[]." : "."), changes, seen);
                return;
            }
        }
        changes.add(new FieldChange(path, "changed", old.describe() + " -> " + now.describe()));
    }
}
