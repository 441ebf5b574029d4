package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** The value-object methods every generated model and request has: equals, hashCode, toString, toBuilder. */
public final class ValueMethods {

    /** A member as these methods see it: its Java name, and whether its value is a secret. */
    public record Member(String name, boolean sensitive) {
    }

    private ValueMethods() {
    }

    public static MethodSpec equalsMethod(ClassName type, List<Member> members) {
        CodeBlock comparison = members.isEmpty() ? CodeBlock.of("true") : members.stream()
                .map(m -> CodeBlock.of("$T.equals($N, that.$N)", Objects.class, m.name(), m.name()))
                .collect(CodeBlock.joining("\n && "));
        return MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(boolean.class).addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)").addStatement("return true").endControlFlow()
                .beginControlFlow("if (!(other instanceof $T that))", type).addStatement("return false")
                .endControlFlow()
                .addStatement("return $L", comparison).build();
    }

    public static MethodSpec hashCodeMethod(List<Member> members) {
        String names = members.stream().map(Member::name).collect(Collectors.joining(", "));
        return MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(int.class).addStatement("return $T.hash($L)", Objects.class, names).build();
    }

    /** {@code Name{a=1, password=***}}: secrets are never printed. */
    public static MethodSpec toStringMethod(ClassName type, List<Member> members) {
        List<CodeBlock> pairs = new ArrayList<>();
        for (Member m : members) {
            pairs.add(m.sensitive() ? CodeBlock.of("$S, $T.masked($N)", m.name(), Runtime.OBJECTS, m.name())
                    : CodeBlock.of("$S, $N", m.name(), m.name()));
        }
        CodeBlock arguments = pairs.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$L", CodeBlock.join(pairs, ",$W"));
        return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $T.toString($S$L)", Runtime.OBJECTS, type.simpleName(), arguments).build();
    }

    public static MethodSpec toBuilder(ClassName builderName, List<Member> members) {
        return toBuilder(builderName, List.of(), members);
    }

    /** {@code toBuilder()} that also copies values the members do not hold, named by their accessors first. */
    public static MethodSpec toBuilder(ClassName builderName, List<String> inherited, List<Member> members) {
        CodeBlock.Builder chain = CodeBlock.builder().add("return new $T()", builderName);
        inherited.forEach(name -> chain.add("$Z.$N($N())", name, name));
        // zero-width wrapping points: the chain breaks before a call only where the line would be too long
        members.forEach(m -> chain.add("$Z.$N($N)", m.name(), m.name()));
        return MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC)
                .addJavadoc("{@return a builder holding this object's values}\n").returns(builderName)
                .addStatement("$L", chain.build()).build();
    }
}
