package io.scpgen.generator.diff;

import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of a parameter, field or body: kind and format must stay (BREAKING), enum values may only be added, and
 * nullability may only loosen where the client sends and tighten where it receives. Models are followed into their
 * fields, also when a version variant takes the place of its base ({@code ImageShowResponse ->
 * ImageShowResponseV1Dot2} shows as {@code images[].scp_gpu_driver} added).
 */
final class TypeRules {

    private final DiffContext context;

    TypeRules(DiffContext context) {
        this.context = context;
    }

    /** Compares two types; null stands for a type the docs do not give. */
    void compare(Site site, TypeRef old, TypeRef now, Direction direction) {
        if (old == null || now == null) {
            if (old != now) {
                changed(site, old, now);
            }
            return;
        }
        nullability(site, old.nullable(), now.nullable(), direction);
        if (old.kind() != now.kind()) {
            changed(site, old, now);
            return;
        }
        switch (old.kind()) {
            case STRING -> {
                if (!Objects.equals(old.format(), now.format())) {
                    context.report(ChangeKind.FORMAT_CHANGED, site, format(old), format(now),
                            "format " + format(old) + " -> " + format(now));
                }
            }
            case ENUM -> enumValues(site, old.values(), now.values());
            case ARRAY -> elements(site.items(), old, now, direction);
            case MAP -> elements(site.values(), old, now, direction);
            case REF -> models(site, old, now, direction);
            case ANY -> {
                if (!old.alternatives().equals(now.alternatives())) {
                    changed(site, old, now);
                }
            }
            case INTEGER, NUMBER, BOOLEAN -> {
                // nothing beyond the kind and nullability
            }
        }
    }

    private void elements(Site site, TypeRef old, TypeRef now, Direction direction) {
        compare(site, old.items(), now.items(), direction);
    }

    private void models(Site site, TypeRef old, TypeRef now, Direction direction) {
        Optional<Model> from = context.oldModel(old.ref());
        Optional<Model> to = context.newModel(now.ref());
        if (from.isPresent() && to.isPresent()) {
            new FieldRules(context).compare(site, from.get(), to.get(), direction);
        } else if (!old.ref().equals(now.ref())) {
            // a model defined nowhere can only be compared by name
            changed(site, old, now);
        }
    }

    private void enumValues(Site site, List<String> old, List<String> now) {
        for (String value : old) {
            if (!now.contains(value)) {
                context.report(ChangeKind.ENUM_VALUE_REMOVED, site, value, null, "enum value " + value + " removed");
            }
        }
        for (String value : now) {
            if (!old.contains(value)) {
                context.report(ChangeKind.ENUM_VALUE_ADDED, site, null, value, "enum value " + value + " added");
            }
        }
    }

    private void nullability(Site site, boolean old, boolean now, Direction direction) {
        if (old == now) {
            return;
        }
        ChangeKind kind = switch (direction) {
            case REQUEST -> now ? ChangeKind.REQUEST_VALUE_BECAME_NULLABLE : ChangeKind.REQUEST_VALUE_BECAME_NON_NULLABLE;
            case RESPONSE -> now ? ChangeKind.RESPONSE_VALUE_BECAME_NULLABLE
                    : ChangeKind.RESPONSE_VALUE_BECAME_NON_NULLABLE;
        };
        context.report(kind, site, nullable(old), nullable(now), now ? "became nullable" : "became non-nullable");
    }

    private void changed(Site site, TypeRef old, TypeRef now) {
        String from = describe(old);
        String to = describe(now);
        context.report(ChangeKind.TYPE_CHANGED, site, from, to, "type " + from + " -> " + to);
    }

    /** The type without its nullability (reported apart), or {@code none}. */
    private static String describe(TypeRef type) {
        return type == null ? "none" : type.withNullable(false).describe();
    }

    private static String format(TypeRef type) {
        return type.format() == null ? "none" : type.format();
    }

    private static String nullable(boolean nullable) {
        return nullable ? "nullable" : "non-nullable";
    }
}
