package io.scpgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.EnumScope;
import io.scpgen.generator.emit.JavaNames;
import io.scpgen.generator.emit.Javadocs;
import io.scpgen.generator.emit.RequestClasses;
import io.scpgen.generator.emit.Runtime;
import io.scpgen.generator.emit.SdkNames;
import io.scpgen.generator.emit.TypeMapper;
import io.scpgen.generator.emit.ValueMethods;
import io.scpgen.generator.emit.model.ModelBuilderSpec;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.runtime.SensitiveNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The request object of one operation, shared by the API versions whose parameters and body are the same
 * ({@link RequestClasses}): its path, query and header parameters and its body, with a builder that names every missing
 * required one, and the runtime request it becomes in the version a client sends it in.
 */
public final class RequestClassSpec implements ClassSpec {

    /** What the call changes of its client's configuration: held by the base class, ScpOperationRequest. */
    private static final String OVERRIDES = "overrideConfiguration";

    private static final Set<String> RESERVED = Set.of("builder", "toBuilder", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "build", "toScpRequest",
            "apiVersion", "responseType", // toScpRequest's parameters
            OVERRIDES, "scpRequest"); // ScpOperationRequest's methods

    private static final String BODY = "body";

    private static final TypeVariableName RESPONSE = TypeVariableName.get("T");

    private final RequestClasses.Shared shared;
    private final Operation operation;
    private final ClassName className;
    private final TypeMapper types;

    public RequestClassSpec(RequestClasses.Shared shared, TypeMapper types) {
        this.shared = shared;
        this.operation = shared.operation();
        this.className = shared.className();
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

    /** The accessor of {@code parameter} in the request class {@code shared}. */
    public static String memberName(RequestClasses.Shared shared, Parameter parameter) {
        List<RequestClasses.Member> members = shared.members();
        for (int i = 0; i < members.size(); i++) {
            Parameter p = members.get(i).parameter();
            if (p != null && p.in().equals(parameter.in()) && p.name().equals(parameter.name())) {
                return memberNames(shared).get(i);
            }
        }
        throw new IllegalArgumentException(parameter.name() + " is no member of " + shared.className());
    }

    /** The members' names: the parameters' in order, then the body's. */
    private static List<String> memberNames(RequestClasses.Shared shared) {
        return JavaNames.uniqueMembers(shared.members().stream()
                .map(m -> m.parameter() == null ? BODY : m.parameter().name()).toList(), RESERVED);
    }

    private List<Member> members(EnumScope enums) {
        List<String> names = memberNames(shared);
        List<Member> members = new ArrayList<>();
        for (RequestClasses.Member m : shared.members()) {
            Parameter p = m.parameter();
            String name = names.get(members.size());
            members.add(p == null
                    ? new Member(BODY, name, types.javaType(m.body().type(), enums, BODY), BODY, m.required(),
                            m.body().description(), null, m.versions())
                    : new Member(p.name(), name, types.javaType(p.type(), enums, p.name()), p.in(), p.required(),
                            p.description(), p, m.versions()));
        }
        return members;
    }

    /**
     * One member of the request; {@code parameter} is null for the body.
     *
     * @param versions the API versions that document it: in the others it is not sent
     */
    public record Member(String jsonName, String name, TypeName type, String in, boolean required,
                         String description, Parameter parameter, List<String> versions) {

        /** Whether the member is sent in {@code version}. */
        public boolean sentIn(String version) {
            return versions.contains(version);
        }
    }

    @Override
    public TypeSpec poetSpec() {
        EnumScope enums = new EnumScope(className, Set.of("Builder"));
        List<Member> members = members(enums);
        ClassName builderName = className.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(className).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Runtime.OPERATION_REQUEST)
                .addJavadoc("The request of {@code $L $L}: $L.\n\n<p>Sent in API version$L $L.\n", operation.method(),
                        Javadocs.escape(operation.path()),
                        Javadocs.escape(operation.title() == null ? operation.id() : operation.title()),
                        shared.versions().size() == 1 ? "" : "s", String.join(", ", shared.versions()));
        for (Member m : members) {
            type.addField(FieldSpec.builder(m.type(), m.name(), Modifier.PRIVATE, Modifier.FINAL).build());
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(Runtime.REQUEST_OVERRIDES, OVERRIDES).addStatement("super($N)", OVERRIDES);
        for (Member m : members) {
            constructor.addParameter(m.type(), m.name()).addStatement(Runtime.assignment(m.type(), m.name()));
        }
        type.addMethod(constructor.build());
        for (Member m : members) {
            type.addMethod(accessor(m));
        }
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("{@return a builder for a new request}\n").returns(builderName)
                .addStatement("return new $T()", builderName).build());
        List<ValueMethods.Member> values = members.stream()
                .map(m -> new ValueMethods.Member(m.name(), SensitiveNames.isSensitive(m.jsonName()))).toList();
        type.addMethod(ValueMethods.toBuilder(builderName, List.of(OVERRIDES), values));
        type.addMethod(toScpRequest(members));
        type.addMethod(ValueMethods.equalsMethod(className, values));
        type.addMethod(ValueMethods.hashCodeMethod(values));
        type.addMethod(ValueMethods.toStringMethod(className, values));
        type.addTypes(enums.enums());
        type.addType(new ModelBuilderSpec(className, builderName, members.stream()
                .map(m -> new ModelBuilderSpec.Property(m.jsonName(), m.name(), m.type(), m.required())).toList(),
                ParameterizedTypeName.get(Runtime.OPERATION_REQUEST.nestedClass("Builder"), builderName),
                List.of(OVERRIDES)).poetSpec());
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
        String sentIn = m.versions().containsAll(shared.versions()) ? "" : "\n<p>Sent only in API version"
                + (m.versions().size() == 1 ? " " : "s ") + String.join(", ", m.versions()) + ".";
        return MethodSpec.methodBuilder(m.name()).addModifiers(Modifier.PUBLIC).returns(m.type())
                .addJavadoc("$L$L$L$L\n\n@return the {@code $L} value$L\n", description,
                        m.required() ? "\n<p>Required." : "", details, sentIn, Javadocs.escape(m.jsonName()),
                        m.required() ? "" : ", or {@code null} if not set")
                .addStatement("return $N", m.name()).build();
    }


    /**
     * The member's value, or, when only some of the versions sharing the class document it, its value in those and
     * {@code null} (not sent) in the others.
     */
    private CodeBlock sentOnlyIn(Member m) {
        if (m.versions().containsAll(shared.versions())) {
            return CodeBlock.of("$N", m.name());
        }
        CodeBlock versions = CodeBlock.join(m.versions().stream()
                .map(v -> CodeBlock.of("$S.equals(apiVersion)", v)).toList(), " || ");
        return CodeBlock.of("($L ? $N : null)", versions, m.name());
    }

    /** The runtime request: method, path template, each parameter where the docs put it, the API version. */
    private MethodSpec toScpRequest(List<Member> members) {
        CodeBlock.Builder chain = CodeBlock.builder()
                // ScpOperationRequest's scpRequest names the operation and adds the call's overrides
                .add("return scpRequest($S, $T.$L, $S, responseType)", SdkNames.operationMethod(operation),
                        Runtime.HTTP_METHOD, operation.method().toUpperCase(Locale.ROOT), operation.path())
                .add("\n.apiVersion(apiVersion)");
        for (Member m : members) {
            CodeBlock value = sentOnlyIn(m);
            switch (m.in()) {
                case "path" -> chain.add("\n.pathParameter($S, $L)", m.jsonName(), value);
                case "query" -> chain.add("\n.queryParameter($S, $L)", m.jsonName(), value);
                case "header" -> chain.add("\n.header($S, $N == null ? null : $T.valueOf($L))", m.jsonName(),
                        m.name(), String.class, value);
                case BODY -> chain.add("\n.body($L)", value);
                default -> chain.add("\n.header($S, $N == null ? null : \"$L=\" + $L)", "Cookie", m.name(),
                        m.jsonName(), value);
            }
        }
        chain.add("\n.build()");
        return MethodSpec.methodBuilder("toScpRequest").addModifiers(Modifier.PUBLIC)
                .addTypeVariable(RESPONSE)
                .addJavadoc("The runtime request this object describes, as a client sends it: the clients call this.\n"
                        + "@param <T> the type the response is read into\n"
                        + "@param apiVersion the API version the call is made in, such as {@code 1.3}\n"
                        + "@param responseType the class the response is read into\n"
                        + "@return the request to send\n")
                .addParameter(String.class, "apiVersion")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), RESPONSE), "responseType")
                .returns(ParameterizedTypeName.get(Runtime.REQUEST, RESPONSE))
                .addStatement("$L", chain.build()).build();
    }



}
