package io.scpgen.generator.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.JavaNames;
import io.scpgen.generator.emit.Javadocs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * An enum of the docs as a value class: one constant per documented value, and any other value the server sends
 * kept as it came ({@code isKnown()} tells them apart), so a new server-side value never breaks a client.
 */
public final class EnumClassSpec implements ClassSpec {

    private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");

    private final ClassName className;
    private final String jsonName;
    private final Map<String, String> constants = new LinkedHashMap<>();

    public EnumClassSpec(ClassName className, String jsonName, List<String> values) {
        this.className = className;
        this.jsonName = jsonName;
        for (String value : values) {
            String constant = JavaNames.constant(value);
            String candidate = constant;
            for (int i = 2; constants.containsValue(candidate) || candidate.equals("KNOWN"); i++) {
                candidate = constant + "_" + i;
            }
            constants.put(value, candidate);
        }
    }

    @Override
    public ClassName className() {
        return className;
    }

    @Override
    public TypeSpec poetSpec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Values of {@code $L}: $L.\n<p>A value the server sends that is not listed here is kept as it"
                        + " came; {@link #isKnown()} is false for it.\n", Javadocs.escape(jsonName),
                        Javadocs.escape(String.join(", ", constants.keySet())));
        constants.forEach((value, constant) -> type.addField(FieldSpec.builder(className, constant,
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("{@code $L}\n", Javadocs.escape(value))
                .initializer("new $T($S)", className, value).build()));
        TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), className);
        type.addField(FieldSpec.builder(listType, "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, String.join(", ", constants.values())).build());
        type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value").addStatement("this.value = value").build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("{@return the constant for {@code value}, or a new instance keeping an unknown value}\n\n"
                        + "@param value the value as sent on the wire\n")
                .addAnnotation(JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(className)
                .addParameter(String.class, "value")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
                .beginControlFlow("for ($T known : KNOWN)", className)
                .beginControlFlow("if (known.value.equals(value))").addStatement("return known").endControlFlow()
                .endControlFlow()
                .addStatement("return new $T(value)", className).build());
        type.addMethod(MethodSpec.methodBuilder("values").addJavadoc("{@return the documented values}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(listType).addStatement("return KNOWN").build());
        type.addMethod(MethodSpec.methodBuilder("value").addJavadoc("{@return the value as sent on the wire}\n")
                .addAnnotation(JSON_VALUE).addModifiers(Modifier.PUBLIC).returns(String.class)
                .addStatement("return value").build());
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addJavadoc("{@return whether the value is one the docs list}\n")
                .addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addStatement("return KNOWN.contains(this)").build());
        type.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(boolean.class).addParameter(Object.class, "other")
                .addStatement("return other instanceof $T that && value.equals(that.value)", className).build());
        type.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(int.class).addStatement("return value.hashCode()").build());
        type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class).addStatement("return value").build());
        return type.build();
    }
}
