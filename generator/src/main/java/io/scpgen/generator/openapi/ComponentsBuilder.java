package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Model;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code components}: a schema for every model the version uses ({@link ModelClosure}), sorted by name. A model
 * referenced but defined nowhere gets the {@link ModelSchemaMapper#unresolved} stand-in and a diagnostic at its
 * first use, so no {@code $ref} of the document dangles.
 */
final class ComponentsBuilder {

    private final ModelSchemaMapper models;
    private final Diagnostics diagnostics;

    ComponentsBuilder(ModelSchemaMapper models, Diagnostics diagnostics) {
        this.models = models;
        this.diagnostics = diagnostics;
    }

    /** The components object; empty when the version uses no model. */
    ObjectNode build(VersionSlice slice) {
        SortedMap<String, ObjectNode> schemas = new TreeMap<>();
        Map<String, String> modelByKey = new TreeMap<>();
        ModelClosure.of(slice).forEach((name, firstUse) -> {
            String key = ComponentNames.key(name);
            String other = modelByKey.putIfAbsent(key, name);
            if (other != null) {
                diagnostics.warn(firstUse, "models " + other + " and " + name + " both become the schema name '" + key
                        + "' (OpenAPI allows letters, digits, '.', '-' and '_'): expected distinct names; "
                        + name + " is exported as " + other);
                return;
            }
            Optional<Model> model = slice.spec().model(name);
            if (model.isPresent()) {
                schemas.put(key, models.schema(model.get()));
            } else {
                diagnostics.warn(firstUse, "model " + name + " is referenced by " + slice.describe()
                        + " but defined nowhere: expected a model section '" + name
                        + "'; exported as an open object schema marked x-scp-unresolved");
                schemas.put(key, ModelSchemaMapper.unresolved(name));
            }
        });
        ObjectNode components = Nodes.object();
        if (!schemas.isEmpty()) {
            ObjectNode schemasNode = components.putObject("schemas");
            schemas.forEach(schemasNode::set);
        }
        return components;
    }
}
