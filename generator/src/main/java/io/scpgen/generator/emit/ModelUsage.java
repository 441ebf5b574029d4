package io.scpgen.generator.emit;

import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which API versions use which models, directly or through other models' fields. */
public final class ModelUsage {

    private final Map<String, Set<String>> versionsByModel = new TreeMap<>();

    public ModelUsage(ServiceSpec spec, EmitSettings settings) {
        for (Operation operation : spec.operations()) {
            for (OperationVariant variant : operation.variants()) {
                if (settings.includes(variant.version())) {
                    variant.referencedModels().forEach(name -> reach(spec, name, variant.version()));
                }
            }
        }
    }

    /** The models used by at least one generated version, by name. */
    public Set<String> models() {
        return versionsByModel.keySet();
    }

    /** The versions using {@code model}, oldest first. */
    public List<String> versions(String model) {
        return versionsByModel.getOrDefault(model, Set.of()).stream()
                .sorted(io.scpgen.generator.spec.ApiVersion.VERSION_ORDER).toList();
    }


    private void reach(ServiceSpec spec, String start, String version) {
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            Optional<Model> model = spec.model(name);
            // an unresolved model has nothing to generate; a model reached before for this version is done
            if (model.isEmpty() || !versionsByModel.computeIfAbsent(name, k -> new TreeSet<>()).add(version)) {
                continue;
            }
            model.get().fields().stream().map(Field::type).flatMap(TypeRef::referencedModels)
                    .forEach(pending::push);
        }
    }
}
