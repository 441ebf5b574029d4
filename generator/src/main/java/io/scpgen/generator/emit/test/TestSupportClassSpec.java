package io.scpgen.generator.emit.test;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.Runtime;
import io.scpgen.generator.emit.TypeMapper;
import java.math.BigDecimal;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * What the generated tests share: the test credentials, a mock server that checks signatures with them, a client
 * configuration pointing at it, and JSON comparison that ignores nulls and number representation.
 */
public final class TestSupportClassSpec implements ClassSpec {

    static final ClassName MOCK_SERVER = ClassName.get("io.scpgen.mock", "MockScpServer");
    static final ClassName ROUTE = ClassName.get("io.scpgen.mock", "Route");
    static final ClassName CANNED_RESPONSE = ClassName.get("io.scpgen.mock", "CannedResponse");
    static final ClassName RECORDED_REQUEST = ClassName.get("io.scpgen.mock", "RecordedRequest");
    static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final ClassName CREDENTIALS = ClassName.get("io.scpgen.runtime.auth", "ScpCredentials");
    private static final ClassName SCP_JSON = ClassName.get("io.scpgen.runtime", "ScpJson");
    private static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    private static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
    private static final ClassName ARRAY_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ArrayNode");

    private final ClassName className;

    public TestSupportClassSpec(ClassName className) {
        this.className = className;
    }

    @Override
    public ClassName className() {
        return className;
    }

    @Override
    public TypeSpec poetSpec() {
        ClassName json = TypeMapper.JSON_NODE;
        return TypeSpec.classBuilder(className).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("What the generated tests share.\n")
                .addField(FieldSpec.builder(CREDENTIALS, "CREDENTIALS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The credentials tests sign with and the mock server checks.\n")
                        .initializer("$T.of($S, $S)", CREDENTIALS, "test-access-key", "test-secret-key").build())
                .addField(FieldSpec.builder(OBJECT_MAPPER, "JSON", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The SDK's own JSON settings.\n")
                        .initializer("$T.mapper()", SCP_JSON).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("startServer").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A mock server on loopback that rejects requests not signed with {@link #CREDENTIALS}.\n")
                        .returns(MOCK_SERVER)
                        .addStatement("return $T.builder().credentials(CREDENTIALS).start()", MOCK_SERVER).build())
                .addMethod(MethodSpec.methodBuilder("configuration").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A client configuration that calls {@code server}.\n")
                        .returns(Runtime.CONFIGURATION).addParameter(MOCK_SERVER, "server")
                        .addStatement("return $T.builder().credentials(CREDENTIALS).endpointOverride(server.baseUri())"
                                + ".build()", Runtime.CONFIGURATION).build())
                .addMethod(MethodSpec.methodBuilder("json").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Parses JSON text.\n").returns(json).addParameter(String.class, "text")
                        .addException(Exception.class)
                        .addStatement("return JSON.readTree(text)").build())
                .addMethod(MethodSpec.methodBuilder("comparable").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The JSON with null fields left out and numbers compared by value ({@code 1} equals"
                                + " {@code 1.0}), so an SDK round trip compares equal to the docs' example.\n")
                        .returns(json).addParameter(json, "node")
                        .beginControlFlow("if (node == null || node.isNull())").addStatement("return null").endControlFlow()
                        .beginControlFlow("if (node.isNumber())")
                        .addStatement("$T value = node.decimalValue()", BigDecimal.class)
                        .addStatement("return JSON.getNodeFactory().numberNode("
                                + "value.signum() == 0 ? $T.ZERO : value.stripTrailingZeros())", BigDecimal.class)
                        .endControlFlow()
                        .beginControlFlow("if (node.isObject())")
                        .addStatement("$T copy = JSON.createObjectNode()", OBJECT_NODE)
                        .beginControlFlow("for ($T.Entry<String, $T> entry : node.properties())", Map.class, json)
                        .addStatement("$T value = comparable(entry.getValue())", json)
                        .beginControlFlow("if (value != null)").addStatement("copy.set(entry.getKey(), value)")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return copy")
                        .endControlFlow()
                        .beginControlFlow("if (node.isArray())")
                        .addStatement("$T copy = JSON.createArrayNode()", ARRAY_NODE)
                        .addStatement("node.forEach(element -> copy.add(comparable(element)))")
                        .addStatement("return copy")
                        .endControlFlow()
                        .addStatement("return node").build())
                .addMethod(MethodSpec.methodBuilder("assertSigned").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Checks the signing headers are there; the mock server has already checked the"
                                + " signature itself.\n")
                        .addParameter(RECORDED_REQUEST, "request")
                        .addStatement("$T.assertEquals($T.of(CREDENTIALS.accessKey()), request.header($S))", ASSERTIONS,
                                java.util.Optional.class, "Scp-AccessKey")
                        .addStatement("$T.assertEquals($T.of($S), request.header($S))", ASSERTIONS,
                                java.util.Optional.class, "Openapi", "Scp-ClientType")
                        .addStatement("$T.assertTrue(request.header($S).orElse($S).matches($S), $S)", ASSERTIONS,
                                "Scp-Timestamp", "", "\\d+", "Scp-Timestamp is epoch milliseconds")
                        .addStatement("$T.assertTrue(request.header($S).isPresent(), $S)", ASSERTIONS,
                                "Scp-Signature", "Scp-Signature is sent")
                        .build())
                .build();
    }
}
