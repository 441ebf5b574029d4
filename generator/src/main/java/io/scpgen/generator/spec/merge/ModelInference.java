package io.scpgen.generator.spec.merge;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rule: a model the docs reference but define nowhere is inferred from an example response that uses it.
 * <ul>
 *   <li>A version variant ({@code ImageListResponseV1Dot2}) starts from its base model: fields the example shares
 *       with the base keep the base's type, description and required flag; a nested object with fields the base's
 *       nested model lacks becomes a nested variant ({@code ImageShowResponseV1Dot2}); fields the base lacks are
 *       added as optional fields typed from their example value.</li>
 *   <li>Without a base, every field is optional and typed from its value; a nested object becomes a model named
 *       after its parent and field ({@code ThingOwner}).</li>
 * </ul>
 */
final class ModelInference {

    private final Function<String, Optional<Model>> knownModels;
    private final Map<String, Model> inferred = new LinkedHashMap<>();

    ModelInference(Function<String, Optional<Model>> knownModels) {
        this.knownModels = knownModels;
    }

    /** The models inferred so far, the requested ones and the nested ones they needed. */
    List<Model> inferred() {
        return List.copyOf(inferred.values());
    }

    /** Infers {@code name} from {@code example}; false when the example is not a JSON object (or array of them). */
    boolean infer(String name, JsonNode example, Source source) {
        JsonNode object = firstObject(example);
        if (object == null) {
            return false;
        }
        Optional<VariantName> variant = VariantName.parse(name);
        Optional<Model> base = variant.flatMap(v -> knownModels.apply(v.base()));
        infer(name, object, base.orElse(null), variant.orElse(null), source);
        return true;
    }

    private TypeRef infer(String name, JsonNode object, Model base, VariantName variant, Source source) {
        if (inferred.containsKey(name)) {
            return TypeRef.ref(name);
        }
        inferred.put(name, null); // reserve the name while nested models are inferred
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Optional<Field> baseField = base == null ? Optional.empty() : base.field(entry.getKey());
            fields.put(entry.getKey(), baseField
                    .map(f -> followBase(f, entry.getValue(), variant, source))
                    .orElseGet(() -> newField(name, entry.getKey(), entry.getValue(), source)));
        }
        if (base != null) {
            base.fields().stream().filter(f -> !fields.containsKey(f.name())).forEach(f -> fields.put(f.name(), f));
        }
        inferred.put(name, new Model(name, Model.INFERRED, source, null, null, null, new ArrayList<>(fields.values())));
        return TypeRef.ref(name);
    }

    /** A base field keeps its definition, unless its nested model lacks fields the example shows. */
    private Field followBase(Field field, JsonNode value, VariantName variant, Source source) {
        String nested = field.type().referencedModel();
        JsonNode object = firstObject(value);
        Optional<Model> nestedModel = nested == null ? Optional.empty() : knownModels.apply(nested);
        if (variant == null || object == null || nestedModel.isEmpty() || !hasUnknownFields(object, nestedModel.get())) {
            return field;
        }
        String variantName = variant.applyTo(nested);
        infer(variantName, object, nestedModel.get(), variant, source);
        return new Field(field.name(), field.required(), field.description(), replaceRef(field.type(), variantName),
                field.defaultValue(), field.example(), field.constraints());
    }

    private Field newField(String owner, String key, JsonNode value, Source source) {
        TypeRef type = typeOf(owner, key, value, source);
        JsonNode example = value.isValueNode() && !value.isNull() ? value : null;
        return new Field(key, false, "", type, null, example, null);
    }

    private TypeRef typeOf(String owner, String key, JsonNode value, Source source) {
        if (value.isTextual()) {
            return TypeRef.string(null);
        }
        if (value.isIntegralNumber()) {
            return TypeRef.of(TypeRef.Kind.INTEGER);
        }
        if (value.isNumber()) {
            return TypeRef.of(TypeRef.Kind.NUMBER);
        }
        if (value.isBoolean()) {
            return TypeRef.of(TypeRef.Kind.BOOLEAN);
        }
        if (value.isArray()) {
            return TypeRef.arrayOf(value.isEmpty() ? TypeRef.of(TypeRef.Kind.ANY) : typeOf(owner, key, value.get(0), source));
        }
        if (value.isObject()) {
            return infer(owner + pascal(key), value, null, null, source);
        }
        return TypeRef.of(TypeRef.Kind.ANY).withNullable(true);
    }

    private static boolean hasUnknownFields(JsonNode object, Model model) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            if (model.field(names.next()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static TypeRef replaceRef(TypeRef type, String model) {
        return type.kind() == TypeRef.Kind.REF ? type.withRef(model) : type.withItems(replaceRef(type.items(), model));
    }

    private static JsonNode firstObject(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray() && !node.isEmpty()) {
            return firstObject(node.get(0));
        }
        return node.isObject() ? node : null;
    }

    private static String pascal(String key) {
        StringBuilder name = new StringBuilder();
        for (String word : key.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
