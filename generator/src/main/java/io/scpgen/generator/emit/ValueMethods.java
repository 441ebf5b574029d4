package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
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
        CodeBlock.Builder body = CodeBlock.builder().add("return $S", type.simpleName() + "{");
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String label = (i == 0 ? "" : ", ") + m.name() + "=";
            if (m.sensitive()) {
                body.add("\n+ $S + ($N == null ? $S : $S)", label, m.name(), "null", "***");
            } else {
                body.add("\n+ $S + $N", label, m.name());
            }
        }
        body.add("\n+ $S", "}");
        return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("$L", body.build()).build();
    }

    public static MethodSpec toBuilder(ClassName builderName, List<Member> members) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC)
                .addJavadoc("{@return a builder holding this object's values}\n").returns(builderName)
                .addStatement("$T builder = new $T()", builderName, builderName);
        members.forEach(m -> method.addStatement("builder.$N($N)", m.name(), m.name()));
        return method.addStatement("return builder").build();
    }
}
