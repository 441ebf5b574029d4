package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Java types for the spec's types: boxed, so every value can be absent. */
public final class TypeMapper {

    public static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get("java.util", "Map");
    private static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");

    private final String modelPackage;
    private final Set<String> knownModels;

    public TypeMapper(String modelPackage, Set<String> knownModels) {
        this.modelPackage = modelPackage;
        this.knownModels = Set.copyOf(knownModels);
    }

    public ClassName model(String name) {
        return ClassName.get(modelPackage, JavaNames.modelClass(name));
    }

    /** Whether the spec defines a model of this name (else a reference to it is untyped JSON). */
    public boolean isModel(String name) {
        return knownModels.contains(name);
    }

    /**
     * Rule: a setter of a docs {@code integer} ({@code Long}, so no 64-bit value is lost) or {@code number}
     * ({@code Double}) also takes the primitive, so that what people type compiles: {@code limit(20)},
     * {@code ratio(2)}, {@code ratio(1.5f)}. The boxed setter stays for {@code null} and for callers compiled
     * against it.
     *
     * @return the primitive the extra setter takes, or empty when the boxed setter takes literals already
     */
    public static Optional<TypeName> literalSetterType(TypeName type) {
        boolean widened = type.equals(ClassName.get(Long.class)) || type.equals(ClassName.get(Double.class));
        return widened ? Optional.of(type.unbox()) : Optional.empty();
    }

    /** {@code List} for {@code List<Image>}: what a class literal can name. */
    public static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    /** The Java type of {@code type}; enums become classes nested in {@code scope}, named after {@code jsonName}. */
    public TypeName javaType(TypeRef type, EnumScope scope, String jsonName) {
        return switch (type.kind()) {
            case STRING -> "date-time".equals(type.format()) ? OFFSET_DATE_TIME : ClassName.get(String.class);
            case INTEGER -> ClassName.get(Long.class);
            case NUMBER -> ClassName.get(Double.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case ARRAY -> ParameterizedTypeName.get(LIST, javaType(type.items(), scope, jsonName));
            case MAP -> ParameterizedTypeName.get(MAP, ClassName.get(String.class),
                    javaType(type.items(), scope, jsonName));
            case ENUM -> scope.enumFor(jsonName, type.values());
            case REF -> isModel(type.ref()) ? model(type.ref()) : JSON_NODE;
            case ANY -> listOfSingleAlternative(type, scope, jsonName);
        };
    }

    /**
     * Rule: {@code any of [array[X], X, null]} (one value or several) is a list of X: a single value is a list of
     * one. Any other union stays untyped JSON.
     */
    private TypeName listOfSingleAlternative(TypeRef type, EnumScope scope, String jsonName) {
        List<TypeRef> alternatives = type.alternatives();
        if (alternatives.size() == 2) {
            for (int i = 0; i < 2; i++) {
                TypeRef array = alternatives.get(i);
                TypeRef single = alternatives.get(1 - i);
                if (array.kind() == TypeRef.Kind.ARRAY && array.items().withNullable(false).equals(single.withNullable(false))) {
                    return javaType(array, scope, jsonName);
                }
            }
        }
        return JSON_NODE;
    }
}
