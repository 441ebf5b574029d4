package io.scpgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.EnumScope;
import io.scpgen.generator.emit.JavaNames;
import io.scpgen.generator.emit.Javadocs;
import io.scpgen.generator.emit.Runtime;
import io.scpgen.generator.emit.SensitiveNames;
import io.scpgen.generator.emit.TypeMapper;
import io.scpgen.generator.emit.ValueMethods;
import io.scpgen.generator.emit.model.ModelBuilderSpec;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The request object of one operation version: its path, query and header parameters and its body, with a builder
 * that names every missing required one, and the runtime request it becomes.
 */
public final class RequestClassSpec implements ClassSpec {

    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "build", "toScpRequest");
    private static final String BODY = "body";

    private final Operation operation;
    private final OperationVariant variant;
    private final ClassName className;
    private final TypeName responseType;
    private final TypeMapper types;

    public RequestClassSpec(Operation operation, OperationVariant variant, ClassName className,
                            TypeName responseType, TypeMapper types) {
        this.operation = operation;
        this.variant = variant;
        this.className = className;
        this.responseType = responseType;
        this.types = types;
    }

    @Override
    public ClassName className() {
        return className;
    }

    /** The request's members: parameters in doc order, then the body; member names unique in the class. */
    public List<Member> members() {
        return members(new EnumScope(className, Set.of("Builder")));
    }

    /** The accessor of {@code parameter} in the request class generated for {@code variant}. */
    public static String memberName(OperationVariant variant, Parameter parameter) {
        return memberNames(variant).get(variant.parameters().indexOf(parameter));
    }

    /** The members' names: the parameters' in order, then the body's. */
    private static List<String> memberNames(OperationVariant variant) {
        List<String> jsonNames = new ArrayList<>(variant.parameters().stream().map(Parameter::name).toList());
        if (variant.requestBody() != null) {
            jsonNames.add(BODY);
        }
        return JavaNames.uniqueMembers(jsonNames, RESERVED);
    }

    private List<Member> members(EnumScope enums) {
        List<String> names = memberNames(variant);
        List<Member> members = new ArrayList<>();
        for (Parameter p : variant.parameters()) {
            members.add(new Member(p.name(), names.get(members.size()), types.javaType(p.type(), enums, p.name()),
                    p.in(), p.required(), p.description(), p));
        }
        if (variant.requestBody() != null) {
            members.add(new Member(BODY, names.get(members.size()),
                    types.javaType(variant.requestBody().type(), enums, BODY), BODY, variant.requestBody().required(),
                    variant.requestBody().description(), null));
        }
        return members;
    }

    /** One member of the request; {@code parameter} is null for the body. */
    public record Member(String jsonName, String name, TypeName type, String in, boolean required,
                         String description, Parameter parameter) {
    }

    @Override
    public TypeSpec poetSpec() {
        EnumScope enums = new EnumScope(className, Set.of("Builder"));
        List<Member> members = members(enums);
        ClassName builderName = className.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(className).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The request of {@code $L $L} (API version $L): $L.\n", operation.method(),
                        Javadocs.escape(operation.path()), variant.version(),
                        Javadocs.escape(operation.title() == null ? operation.id() : operation.title()));
        for (Member m : members) {
            type.addField(FieldSpec.builder(m.type(), m.name(), Modifier.PRIVATE, Modifier.FINAL).build());
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        for (Member m : members) {
            constructor.addParameter(m.type(), m.name()).addStatement("this.$N = $N", m.name(), m.name());
        }
        type.addMethod(constructor.build());
        for (Member m : members) {
            type.addMethod(accessor(m));
        }
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A builder for a new request.\n").returns(builderName)
                .addStatement("return new $T()", builderName).build());
        List<ValueMethods.Member> values = members.stream()
                .map(m -> new ValueMethods.Member(m.name(), SensitiveNames.isSensitive(m.jsonName()))).toList();
        type.addMethod(ValueMethods.toBuilder(builderName, values));
        type.addMethod(toScpRequest(members));
        type.addMethod(ValueMethods.equalsMethod(className, values));
        type.addMethod(ValueMethods.hashCodeMethod(values));
        type.addMethod(ValueMethods.toStringMethod(className, values));
        type.addTypes(enums.enums());
        type.addType(new ModelBuilderSpec(className, builderName, members.stream()
                .map(m -> new ModelBuilderSpec.Property(m.jsonName(), m.name(), m.type(), m.required())).toList())
                .poetSpec());
        return type.build();
    }

    private MethodSpec accessor(Member m) {
        String description = m.description() == null || m.description().isBlank()
                ? "The {@code " + Javadocs.escape(m.jsonName()) + "} " + (m.parameter() == null ? "" : m.in() + " ")
                + "parameter." : Javadocs.escape(m.description());
        String details = m.parameter() == null ? "" : Javadocs.details(m.parameter().example(),
                m.parameter().constraints(), m.parameter().type().nullable())
                + (m.parameter().defaultValue() == null ? "" : "\n<p>The service's default: {@code "
                + Javadocs.escape(m.parameter().defaultValue().asText()) + "}.");
        return MethodSpec.methodBuilder(m.name()).addModifiers(Modifier.PUBLIC).returns(m.type())
                .addJavadoc("$L$L$L\n", description, m.required() ? "\n<p>Required." : "", details)
                .addStatement("return $N", m.name()).build();
    }


    /** The runtime request: method, path template, each parameter where the docs put it, the API version. */
    private MethodSpec toScpRequest(List<Member> members) {
        CodeBlock.Builder chain = CodeBlock.builder()
                .add("return $T.builder($T.$L, $S, $T.class)", Runtime.REQUEST, Runtime.HTTP_METHOD,
                        operation.method().toUpperCase(Locale.ROOT), operation.path(), TypeMapper.rawType(responseType))
                .add("\n.apiVersion($S)", variant.version());
        for (Member m : members) {
            switch (m.in()) {
                case "path" -> chain.add("\n.pathParameter($S, $N)", m.jsonName(), m.name());
                case "query" -> chain.add("\n.queryParameter($S, $N)", m.jsonName(), m.name());
                case "header" -> chain.add("\n.header($S, $N == null ? null : $T.valueOf($N))", m.jsonName(),
                        m.name(), String.class, m.name());
                case BODY -> chain.add("\n.body($N)", m.name());
                default -> chain.add("\n.header($S, $N == null ? null : \"$L=\" + $N)", "Cookie", m.name(),
                        m.jsonName(), m.name());
            }
        }
        chain.add("\n.build()");
        return MethodSpec.methodBuilder("toScpRequest")
                .addJavadoc("The runtime request this object describes.\n")
                .returns(ParameterizedTypeName.get(Runtime.REQUEST, responseType))
                .addStatement("$L", chain.build()).build();
    }



}
