package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.model.EnumClassSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The enum types nested in one generated class, named after the member that uses them. */
public final class EnumScope {

    private final ClassName owner;
    private final Set<String> taken = new HashSet<>();
    private final List<EnumClassSpec> enums = new ArrayList<>();

    public EnumScope(ClassName owner, Set<String> reservedNames) {
        this.owner = owner;
        taken.add(owner.simpleName());
        taken.addAll(reservedNames);
    }

    /** A nested value class for the enum values of {@code jsonName}. */
    public ClassName enumFor(String jsonName, List<String> values) {
        ClassName enumName = owner.nestedClass(JavaNames.unique(JavaNames.upperCamel(jsonName), taken));
        enums.add(new EnumClassSpec(enumName, jsonName, values));
        return enumName;
    }

    /** The nested enum classes, built only when asked for: naming members needs their names alone. */
    public List<TypeSpec> enums() {
        return enums.stream().map(EnumClassSpec::poetSpec).toList();
    }
}
