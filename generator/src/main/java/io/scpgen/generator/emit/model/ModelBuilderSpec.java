package io.scpgen.generator.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The nested builder of a model or request: one setter per property, and a {@code build()} that names every
 * missing required property in one message.
 */
public final class ModelBuilderSpec {

    /** A property of the built class: its JSON name, member name, type, and whether it is required. */
    public record Property(String jsonName, String name, TypeName type, boolean required) {
    }

    private final ClassName built;
    private final ClassName builderName;
    private final List<Property> properties;

    public ModelBuilderSpec(ClassName built, ClassName builderName, List<Property> properties) {
        this.built = built;
        this.builderName = builderName;
        this.properties = List.copyOf(properties);
    }

    public TypeSpec poetSpec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builderName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}.\n", built);
        for (Property p : properties) {
            type.addField(p.type(), p.name(), Modifier.PRIVATE);
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Property p : properties) {
            type.addMethod(MethodSpec.methodBuilder(p.name()).addModifiers(Modifier.PUBLIC).returns(builderName)
                    .addJavadoc("Sets {@code $L}$L.\n\n@param $N the value to set\n@return this builder\n",
                            p.jsonName(), p.required() ? " (required)" : "", p.name())
                    .addParameter(p.type(), p.name())
                    .addStatement("this.$N = $N", p.name(), p.name())
                    .addStatement("return this").build());
        }
        List<Property> required = properties.stream().filter(Property::required).toList();
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(built)
                .addJavadoc("Builds the {@code $L}.\n\n@return a new {@code $L} with the values set\n$L",
                        built.simpleName(), built.simpleName(), required.isEmpty() ? ""
                                : "@throws IllegalStateException if a required property is missing\n");
        if (!required.isEmpty()) {
            TypeName stringList = ParameterizedTypeName.get(List.class, String.class);
            build.addStatement("$T missing = new $T<>()", stringList, ArrayList.class);
            for (Property p : required) {
                build.beginControlFlow("if ($N == null)", p.name()).addStatement("missing.add($S)", p.jsonName())
                        .endControlFlow();
            }
            build.beginControlFlow("if (!missing.isEmpty())")
                    .addStatement("throw new $T($S + missing)", IllegalStateException.class,
                            built.simpleName() + " is missing required properties: ")
                    .endControlFlow();
        }
        String arguments = properties.stream().map(Property::name).collect(Collectors.joining(", "));
        build.addStatement("return new $T($L)", built, arguments);
        return type.addMethod(build.build()).build();
    }
}
