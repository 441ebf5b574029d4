package io.scpgen.generator.openapi;

import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

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
        BiConsumer<TypeRef, Source> use = (type, source) -> refs(type, name -> {
            if (firstUse.putIfAbsent(name, source) == null) {
                pending.add(name);
            }
        });
        for (VersionSlice.Entry entry : slice.entries()) {
            OperationVariant variant = entry.variant();
            Source source = entry.source(slice.spec());
            variant.parameters().stream().map(Parameter::type).forEach(t -> use.accept(t, source));
            if (variant.requestBody() != null) {
                use.accept(variant.requestBody().type(), source);
            }
            variant.responses().stream().map(Response::type).forEach(t -> use.accept(t, source));
        }
        while (!pending.isEmpty()) {
            String name = pending.poll();
            Optional<Model> model = slice.spec().model(name);
            model.ifPresent(m -> {
                Source source = m.source() != null ? m.source() : VersionSlice.specSource(slice.spec());
                m.fields().stream().map(Field::type).forEach(t -> use.accept(t, source));
            });
        }
        return new TreeMap<>(firstUse);
    }

    /** Calls {@code action} for each model the type names, in the order they appear. */
    static void refs(TypeRef type, Consumer<String> action) {
        if (type == null) {
            return;
        }
        if (type.kind() == TypeRef.Kind.REF && type.ref() != null) {
            action.accept(type.ref());
        }
        refs(type.items(), action);
        type.alternatives().forEach(alternative -> refs(alternative, action));
    }
}
