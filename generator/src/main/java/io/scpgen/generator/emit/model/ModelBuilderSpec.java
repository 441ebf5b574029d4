package io.scpgen.generator.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.Runtime;
import io.scpgen.generator.emit.TypeMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The nested builder of a model or request: one setter per property, and a {@code build()} that names every
 * missing required property in one message.
 */
public final class ModelBuilderSpec {

    /** A property of the built class: its JSON name, member name, type, and whether it is required. */
    public record Property(String jsonName, String name, TypeName type, boolean required) {

        /** The primitive of the setter's overload that takes literals, if it has one. */
        Optional<TypeName> literalSetterType() {
            return TypeMapper.literalSetterType(type);
        }
    }

    private final ClassName built;
    private final ClassName builderName;
    private final List<Property> properties;
    private final TypeName superclass;
    private final List<String> inherited;

    public ModelBuilderSpec(ClassName built, ClassName builderName, List<Property> properties) {
        this(built, builderName, properties, null, List.of());
    }

    /**
     * A builder extending {@code superclass}, whose {@code build()} passes the values of the {@code inherited}
     * accessors (the superclass's) to the built class's constructor before the properties.
     */
    public ModelBuilderSpec(ClassName built, ClassName builderName, List<Property> properties, TypeName superclass,
                            List<String> inherited) {
        this.built = built;
        this.builderName = builderName;
        this.properties = List.copyOf(properties);
        this.superclass = superclass;
        this.inherited = List.copyOf(inherited);
    }

    public TypeSpec poetSpec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builderName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}.\n", built);
        if (superclass != null) {
            type.superclass(superclass);
        }
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
            p.literalSetterType().ifPresent(primitive -> type.addMethod(MethodSpec.methodBuilder(p.name())
                    .addModifiers(Modifier.PUBLIC).returns(builderName)
                    .addJavadoc("Sets {@code $L}$L from a {@code $T}, so that a literal such as {@code 20} needs no"
                            + " suffix.\n\n@param $N the value to set\n@return this builder\n",
                            p.jsonName(), p.required() ? " (required)" : "", primitive, p.name())
                    .addParameter(primitive, p.name())
                    .addStatement("this.$N = $N", p.name(), p.name())
                    .addStatement("return this").build()));
        }
        List<Property> required = properties.stream().filter(Property::required).toList();
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(built)
                .addJavadoc("Builds the {@code $L}.\n\n@return a new {@code $L} with the values set\n$L",
                        built.simpleName(), built.simpleName(), required.isEmpty() ? ""
                                : "@throws IllegalStateException if a required property is missing\n");
        if (!required.isEmpty()) {
            List<CodeBlock> pairs = required.stream()
                    .map(p -> CodeBlock.of("$S, $N", p.jsonName(), p.name())).toList();
            build.addStatement("$T.requireAll($S,$W$L)", Runtime.OBJECTS, built.simpleName(),
                    CodeBlock.join(pairs, ",$W"));
        }
        // wrapping spaces: a long argument list is wrapped at the line limit, as a person would
        List<CodeBlock> values = new ArrayList<>();
        inherited.forEach(name -> values.add(CodeBlock.of("$N()", name)));
        properties.forEach(p -> values.add(CodeBlock.of("$N", p.name())));
        CodeBlock arguments = CodeBlock.join(values, ",$W");
        build.addStatement("return new $T($L)", built, arguments);
        return type.addMethod(build.build()).build();
    }
}
