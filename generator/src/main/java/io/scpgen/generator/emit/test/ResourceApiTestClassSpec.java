package io.scpgen.generator.emit.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.ExampleLinter;
import io.scpgen.generator.emit.OperationShape;
import io.scpgen.generator.emit.RequestClasses;
import io.scpgen.generator.emit.SdkClient;
import io.scpgen.generator.emit.SdkNames;
import io.scpgen.generator.emit.TypeMapper;
import io.scpgen.generator.emit.client.RequestClassSpec;
import io.scpgen.generator.spec.JsonText;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.TypeRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The generated tests of one resource group of one client (the current client, or one API version's): per operation,
 * the docs' example response served by the mock server, a call with the docs' example values, and checks of the
 * request sent (method, path, query, API version, signing headers, body) and of the parsed response.
 */
public final class ResourceApiTestClassSpec implements ClassSpec {

    private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    private static final ClassName BEFORE_ALL = ClassName.get("org.junit.jupiter.api", "BeforeAll");
    private static final ClassName AFTER_ALL = ClassName.get("org.junit.jupiter.api", "AfterAll");
    private static final ClassName DISPLAY_NAME = ClassName.get("org.junit.jupiter.api", "DisplayName");

    private final SdkClient sdkClient;
    private final String group;
    private final List<Operation> operations;
    private final SdkNames names;
    private final TypeMapper types;
    private final ExampleLinter linter;
    private final RequestClasses requests;

    public ResourceApiTestClassSpec(SdkClient sdkClient, String group, List<Operation> operations,
                                    SdkNames names, TypeMapper types, ExampleLinter linter, RequestClasses requests) {
        this.sdkClient = sdkClient;
        this.group = group;
        this.operations = List.copyOf(operations);
        this.names = names;
        this.types = types;
        this.linter = linter;
        this.requests = requests;
    }

    @Override
    public ClassName className() {
        return names.resourceApiTest(sdkClient.version(), group);
    }

    @Override
    public TypeSpec poetSpec() {
        ClassName client = names.client(sdkClient.version());
        ClassName support = names.testSupport();
        TypeSpec.Builder type = TypeSpec.classBuilder(className())
                .addJavadoc("Generated tests of the {@code $L} operations of $L, on the docs' examples.\n", group,
                        sdkClient.isCurrent() ? "the current client" : "API version " + sdkClient.version())
                .addField(FieldSpec.builder(TestSupportClassSpec.MOCK_SERVER, "server", Modifier.PRIVATE,
                        Modifier.STATIC).build())
                .addField(FieldSpec.builder(client, "client", Modifier.PRIVATE, Modifier.STATIC).build())
                .addMethod(MethodSpec.methodBuilder("start").addAnnotation(BEFORE_ALL).addModifiers(Modifier.STATIC)
                        .addStatement("server = $T.startServer()", support)
                        .addStatement("client = $T.create($T.configuration(server))", client, support).build())
                .addMethod(MethodSpec.methodBuilder("stop").addAnnotation(AFTER_ALL).addModifiers(Modifier.STATIC)
                        .addStatement("client.close()").addStatement("server.close()").build());
        if (usesDeprecated()) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation")
                    .build());
        }
        for (Operation operation : operations) {
            type.addMethod(test(operation, sdkClient.variant(operation)));
        }
        return type.build();
    }

    private boolean usesDeprecated() {
        return sdkClient.pinnedVersion().filter(v -> v.status() == LifecycleStatus.DEPRECATED).isPresent()
                || operations.stream().map(sdkClient::variant)
                .anyMatch(v -> v.lifecycle().status() == LifecycleStatus.DEPRECATED);
    }

    private MethodSpec test(Operation operation, OperationVariant variant) {
        ClassName support = names.testSupport();
        String what = operation.key() + " " + variant.version();
        Optional<Response> success = OperationShape.success(variant);
        String status = success.map(Response::status).orElse("200");
        TypeName responseType = OperationShape.responseType(variant, types);
        boolean hasBody = OperationShape.hasBody(variant, types);
        List<String> notes = new ArrayList<>();

        MethodSpec.Builder test = MethodSpec.methodBuilder(SdkNames.operationMethod(operation))
                .addAnnotation(TEST)
                .addAnnotation(AnnotationSpec.builder(DISPLAY_NAME).addMember("value", "$S", what).build())
                .addException(Exception.class);

        JsonNode responseExample = variant.responseExamples().get(status);
        JsonNode expectedResponse = null;
        if (hasBody) {
            // a body that cannot be read would stop the test at the first disagreement: serve what agrees
            UsedExample used = usedExample(responseExample, success.get().type(), notes,
                    "the mock serves the example without the parts above",
                    "the docs give no example response: a minimal valid one is served");
            responseExample = used.sent();
            expectedResponse = used.expected();
        }
        CodeBlock cannedResponse = responseExample == null
                ? CodeBlock.of("$T.empty($L)", TestSupportClassSpec.CANNED_RESPONSE, status)
                : CodeBlock.of("$T.json($L, $S)", TestSupportClassSpec.CANNED_RESPONSE, status, JsonText.write(responseExample));

        RequestClassSpec requestSpec = new RequestClassSpec(requests.of(operation, variant), types);
        CodeBlock.Builder build = CodeBlock.builder().add("$T request = $T.builder()", requestSpec.className(),
                requestSpec.className());
        Map<String, List<String>> query = new LinkedHashMap<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        JsonNode expectedBody = null;
        for (RequestClassSpec.Member member : requestSpec.members()) {
            if (!member.sentIn(variant.version())) {
                continue; // a member of another version sharing the class
            }
            if (member.parameter() == null) {
                expectedBody = requestBody(variant, member, build, notes);
                continue;
            }
            var p = member.parameter();
            Optional<JsonNode> value = TestValues.valueFor(p.example(), p.defaultValue())
                    .or(() -> p.required() ? Optional.of(TestValues.placeholder(p.type(), p.name())) : Optional.empty());
            if (value.isEmpty()) {
                continue;
            }
            Optional<CodeBlock> literal = TestValues.literal(value.get(), p.type(), member.type());
            if (literal.isEmpty()) {
                notes.add("the example of parameter '" + p.name() + "' (" + JsonText.write(value.get()) + ") is not "
                        + p.type().describe() + ": left out");
                continue;
            }
            build.add("\n.$N($L)", member.name(), literal.get());
            switch (p.in()) {
                case "path" -> pathValues.put(p.name(), value.get().asText());
                case "query" -> query.put(p.name(), TestValues.wireValues(value.get(), p.type()));
                default -> { }
            }
        }
        build.add("\n.build()");

        for (String note : notes) {
            test.addComment("docs: $L", note);
        }
        test.addStatement("server.stub($T.of($S, $S).withApiVersion($S), $L)", TestSupportClassSpec.ROUTE,
                operation.method(), operation.path(), names.serviceName() + " " + variant.version(), cannedResponse);
        test.addStatement("$L", build.build());
        String call = "client.$N().$N(request)";
        if (hasBody) {
            test.addStatement("$T response = " + call, responseType, SdkNames.groupAccessor(group),
                    SdkNames.operationMethod(operation));
        } else {
            test.addStatement(call, SdkNames.groupAccessor(group), SdkNames.operationMethod(operation));
        }
        test.addStatement("$T sent = server.lastRequest()", TestSupportClassSpec.RECORDED_REQUEST);
        ClassName assertions = TestSupportClassSpec.ASSERTIONS;
        test.addStatement("$T.assertEquals($S, sent.method())", assertions, operation.method());
        test.addStatement("$T.assertEquals($S, sent.path())", assertions, expandPath(operation.path(), pathValues));
        test.addStatement("$T.assertEquals($L, sent.queryParameters())", assertions, queryMap(query));
        test.addStatement("$T.assertEquals($T.of($S), sent.header($S))", assertions, Optional.class,
                names.serviceName() + " " + variant.version(), "Scp-Api-Version");
        test.addStatement("$T.assertSigned(sent)", support);
        if (expectedBody != null) {
            test.addStatement("$T.assertEquals($T.comparable($T.json($S)), $T.comparable(sent.bodyAsJson()))",
                    assertions, support, support, JsonText.write(expectedBody), support);
        }
        if (hasBody) {
            test.addStatement("$T.assertEquals($T.comparable($T.json($S)), $T.comparable($T.JSON.valueToTree(response)))",
                    assertions, support, support, JsonText.write(expectedResponse), support, support);
        }
        return test.build();
    }

    /** The body: the docs' request example read into the body model, or a minimal valid body. */
    private JsonNode requestBody(OperationVariant variant, RequestClassSpec.Member member, CodeBlock.Builder build,
                                 List<String> notes) {
        UsedExample used = usedExample(variant.requestExample(), variant.requestBody().type(), notes,
                "the request is built from the example without the parts above",
                "the docs give no example request body: a minimal valid one is sent");
        build.add("\n.$N($T.JSON.readValue($S, $T.class))", member.name(), names.testSupport(),
                JsonText.write(used.sent()), TypeMapper.rawType(member.type()));
        return used.expected();
    }

    /** What a test sends (or serves) and what it then expects back: the same value, in the model's terms. */
    private record UsedExample(JsonNode sent, JsonNode expected) {
    }

    /**
     * The docs' example as it is when it agrees with its model; else the part that agrees (each disagreement noted,
     * then {@code partNote}); a minimal valid value when the docs give none ({@code noneNote}).
     */
    private UsedExample usedExample(JsonNode example, TypeRef type, List<String> notes, String partNote,
                                    String noneNote) {
        if (example == null) {
            notes.add(noneNote);
            JsonNode minimal = linter.minimal(type);
            return new UsedExample(minimal, minimal);
        }
        ExampleLinter.Agreement agreement = linter.check(example, type);
        notes.addAll(agreement.disagreements());
        if (agreement.disagreements().isEmpty()) {
            return new UsedExample(example, agreement.agreed());
        }
        notes.add(partNote);
        return new UsedExample(agreement.agreed(), agreement.agreed());
    }


    /** The path the runtime sends: each value percent-encoded as one segment (space as %20, never +). */
    private static String expandPath(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String encoded = URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8).replace("+", "%20")
                    .replace("%7E", "~").replace("*", "%2A");
            path = path.replace("{" + entry.getKey() + "}", encoded);
        }
        return path;
    }

    private static CodeBlock queryMap(Map<String, List<String>> query) {
        List<CodeBlock> entries = new ArrayList<>();
        query.forEach((name, values) -> entries.add(CodeBlock.of("$T.entry($S, $T.of($L))", Map.class, name, List.class,
                CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "))));
        return CodeBlock.of("$T.ofEntries($L)", Map.class, CodeBlock.join(entries, ", "));
    }
}
