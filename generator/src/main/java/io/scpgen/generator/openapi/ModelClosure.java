package io.scpgen.generator.openapi;

import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The models one API version uses: those its parameters, request bodies and responses name, and, transitively,
 * those their fields name (through arrays, maps and {@code any of} alternatives).
 */
final class ModelClosure {

    private ModelClosure() {
    }

    /** Every model name the version uses, sorted, with the place the docs first use it (operations in path order). */
    static SortedMap<String, Source> of(VersionSlice slice) {
        Map<String, Source> firstUse = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        BiConsumer<String, Source> use = (name, source) -> {
            if (firstUse.putIfAbsent(name, source) == null) {
                pending.add(name);
            }
        };
        for (VersionSlice.Entry entry : slice.entries()) {
            OperationVariant variant = entry.variant();
            Source source = entry.source(slice.spec());
            variant.referencedModels().forEach(name -> use.accept(name, source));
        }
        while (!pending.isEmpty()) {
            String name = pending.poll();
            Optional<Model> model = slice.spec().model(name);
            model.ifPresent(m -> {
                Source source = m.source() != null ? m.source() : VersionSlice.specSource(slice.spec());
                m.fields().stream().map(Field::type).filter(Objects::nonNull).flatMap(TypeRef::referencedModels)
                        .forEach(field -> use.accept(field, source));
            });
        }
        return new TreeMap<>(firstUse);
    }
}
