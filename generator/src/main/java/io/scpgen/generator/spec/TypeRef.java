package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A use of a type: the closed grammar of the docs' schema column.
 *
 * @param kind         what sort of type
 * @param format       for strings: {@code date-time}, {@code uuid}...; null otherwise
 * @param items        element type of an array, value type of a map
 * @param values       the values of an enum
 * @param ref          the model name a {@link Kind#REF} points to
 * @param nullable     whether {@code null} is allowed ({@code any of [X, null]})
 * @param alternatives for {@link Kind#ANY}: the non-null alternatives the docs list, when there are several
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TypeRef(Kind kind, String format, TypeRef items, List<String> values, String ref,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean nullable, List<TypeRef> alternatives) {

    public enum Kind { STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, MAP, ENUM, REF, ANY }

    public TypeRef {
        values = values == null ? List.of() : List.copyOf(values);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public static TypeRef of(Kind kind) {
        return new TypeRef(kind, null, null, null, null, false, null);
    }

    public static TypeRef string(String format) {
        return new TypeRef(Kind.STRING, format, null, null, null, false, null);
    }

    public static TypeRef arrayOf(TypeRef items) {
        return new TypeRef(Kind.ARRAY, null, items, null, null, false, null);
    }

    public static TypeRef mapOf(TypeRef values) {
        return new TypeRef(Kind.MAP, null, values, null, null, false, null);
    }

    public static TypeRef enumOf(List<String> values) {
        return new TypeRef(Kind.ENUM, null, null, values, null, false, null);
    }

    public static TypeRef ref(String model) {
        return new TypeRef(Kind.REF, null, null, null, model, false, null);
    }

    public static TypeRef anyOf(List<TypeRef> alternatives) {
        return new TypeRef(Kind.ANY, null, null, null, null, false, alternatives);
    }

    public TypeRef withNullable(boolean value) {
        return new TypeRef(kind, format, items, values, ref, value, alternatives);
    }

    public TypeRef withItems(TypeRef value) {
        return new TypeRef(kind, format, value, values, ref, nullable, alternatives);
    }

    public TypeRef withRef(String value) {
        return new TypeRef(kind, format, items, values, value, nullable, alternatives);
    }

    /**
     * Whether {@code other} has this type's shape (kind and nullability, down through array and map elements) apart
     * from the model at the bottom: {@code array[Image]} and {@code array[ImageV1Dot2]} do.
     */
    public boolean sameShapeAs(TypeRef other) {
        return kind == other.kind && nullable == other.nullable && (kind == Kind.REF || items.sameShapeAs(other.items));
    }

    /** Every model this type names: directly, as array/map elements, or among its alternatives. */
    public java.util.stream.Stream<String> referencedModels() {
        java.util.stream.Stream<String> own = kind == Kind.REF ? java.util.stream.Stream.of(ref)
                : items == null ? java.util.stream.Stream.empty() : items.referencedModels();
        return java.util.stream.Stream.concat(own, alternatives.stream().flatMap(TypeRef::referencedModels));
    }

    /** The model this type names, directly or as array/map elements; null when none. */
    @JsonIgnore
    public String referencedModel() {
        if (kind == Kind.REF) {
            return ref;
        }
        return items == null ? null : items.referencedModel();
    }

    /** The type in the docs' own grammar, e.g. {@code any of [array[Tag], null]}. */
    public String describe() {
        String core = switch (kind) {
            case STRING -> format == null ? "string" : "string (" + format + ")";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array[" + items.describe() + "]";
            case MAP -> items == null || items.kind == Kind.ANY ? "object" : "map[" + items.describe() + "]";
            case ENUM -> "enum (" + String.join(", ", values) + ")";
            case REF -> ref;
            case ANY -> alternatives.isEmpty() ? "any"
                    : alternatives.stream().map(TypeRef::describe).collect(Collectors.joining(", "));
        };
        if (kind == Kind.ANY && !alternatives.isEmpty()) {
            return "any of [" + core + (nullable ? ", null]" : "]");
        }
        return nullable ? "any of [" + core + ", null]" : core;
    }
}
