package io.scpgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.Javadocs;
import io.scpgen.generator.emit.Runtime;
import io.scpgen.generator.emit.SdkClient;
import io.scpgen.generator.emit.SdkNames;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.LifecycleStatus;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A client of the service: the current client (every operation at its newest documented version), or the client of
 * one API version (exactly that version's operations), grouped by resource, each call sending
 * {@code Scp-Api-Version: <service> <version>}. A deprecated version's client is {@code @Deprecated}; a PLANNED
 * version's client says it cannot be called yet.
 */
public final class ServiceClientClassSpec implements ClassSpec {

    private final SdkClient client;
    private final List<String> groups;
    private final SdkNames names;

    public ServiceClientClassSpec(SdkClient client, List<String> groups, SdkNames names) {
        this.client = client;
        this.groups = List.copyOf(groups);
        this.names = names;
    }

    @Override
    public ClassName className() {
        return names.client(client.version());
    }

    @Override
    public TypeSpec poetSpec() {
        ClassName self = className();
        ApiVersion version = client.pinnedVersion().orElse(null);
        boolean deprecated = version != null && version.status() == LifecycleStatus.DEPRECATED;
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addJavadoc("$L", client.isCurrent() ? currentJavadoc() : javadoc(version, deprecated))
                .addField(FieldSpec.builder(String.class, "SERVICE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The service name, as in the endpoint and {@code Scp-Api-Version}.\n")
                        .initializer("$S", names.serviceName()).build());
        if (version != null) {
            type.addField(FieldSpec.builder(String.class, "API_VERSION", Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The API version every call of this client sends.\n")
                    .initializer("$S", version.version()).build());
        }
        type.addField(Runtime.CLIENT_HANDLER, "handler", Modifier.PRIVATE, Modifier.FINAL);
        for (String group : groups) {
            type.addField(names.resourceApi(client.version(), group), SdkNames.groupAccessor(group),
                    Modifier.PRIVATE, Modifier.FINAL);
        }
        // the docs' versions let the runtime warn about a version past its date; the used ones are what the check reads
        CodeBlock usedVersions = client.usedVersions().stream().map(v -> CodeBlock.of("$S", v))
                .collect(CodeBlock.joining(", "));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(Runtime.CONFIGURATION, "configuration")
                .addStatement("this.handler = $T.create(SERVICE, $L, configuration, $T.documented(), $L)",
                        Runtime.CLIENT_HANDLER, names.regional(), names.apiVersions(), usedVersions);
        for (String group : groups) {
            constructor.addStatement("this.$N = new $T(handler)", SdkNames.groupAccessor(group),
                    names.resourceApi(client.version(), group));
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("create").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("A client configured from the environment: {@code SCP_ACCESS_KEY}, {@code SCP_SECRET_KEY},"
                        + " {@code SCP_ACCOUNT_ID}, $L{@code SCP_ENVIRONMENT} or {@code SCP_ENDPOINT_URL}.\n\n"
                        + "@return a new client\n",
                        names.regional() ? "{@code SCP_REGION}, " : "")
                .addStatement("return new $T($T.builder().build())", self, Runtime.CONFIGURATION).build());
        type.addMethod(MethodSpec.methodBuilder("create").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("A client with the given configuration.\n\n@param configuration endpoint, credentials and transport"
                        + " settings\n@return a new client\n")
                .addParameter(Runtime.CONFIGURATION, "configuration")
                .addStatement("return new $T(configuration)", self).build());
        for (String group : groups) {
            type.addMethod(MethodSpec.methodBuilder(SdkNames.groupAccessor(group)).addModifiers(Modifier.PUBLIC)
                    .returns(names.resourceApi(client.version(), group))
                    .addJavadoc("{@return the {@code $L} operations}\n", group)
                    .addStatement("return $N", SdkNames.groupAccessor(group)).build());
        }
        type.addMethod(MethodSpec.methodBuilder("apiVersions").addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), Runtime.API_VERSION))
                .addJavadoc("{@return the service's live version list ({@code GET /}): compare it with {@link $T#documented()}}\n"
                        + "@throws io.scpgen.runtime.exception.ScpException if the list cannot be read\n",
                        names.apiVersions())
                .addStatement("return handler.apiVersions()").build());
        type.addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addJavadoc("Releases the client; the JDK's HTTP client holds no resources that need closing.\n")
                .build());
        if (deprecated) {
            type.addAnnotation(Deprecated.class);
        }
        return type.build();
    }

    private String currentJavadoc() {
        String doc = "The " + Javadocs.escape(names.serviceTitle()) + " API: every operation at its newest documented API\n"
                + "version (the newest CURRENT one, else SUPPORTED, else DEPRECATED).\n\n"
                + "<p>Each call sends {@code Scp-Api-Version: " + names.serviceName() + " <version>} with the version"
                + " its method's\ndocumentation names; when the docs add a newer version, regenerating moves the call"
                + " to it. To stay on\none version, use the client of that version's package.\n";
        if (client.plannedVersions().isEmpty()) {
            return doc;
        }
        return doc + "\n<p>Never called here: the PLANNED API versions " + String.join(", ", client.plannedVersions())
                + ", documented before their release\n(SCP does not accept their calls yet). Once the docs list one as"
                + " CURRENT, regenerating moves the calls to it.\n";
    }

    private String javadoc(ApiVersion version, boolean deprecated) {
        StringBuilder doc = new StringBuilder("The ").append(Javadocs.escape(names.serviceTitle())).append(" API, version ")
                .append(version.version()).append(" (").append(version.status()).append(version.supportedUntil() == null
                        ? "" : ", supported until " + version.supportedUntil()).append(").\n");
        if (client.isPlanned()) {
            doc.append("\n<p><b>Not callable yet:</b> API version ").append(version.version()).append(" is PLANNED,")
                    .append(" documented before its release, and SCP\ndoes not accept its calls until it is")
                    .append(" CURRENT. Build against it now; call it once the service lists it as CURRENT.\n");
        }
        doc.append("\n<p>Every call sends {@code Scp-Api-Version: ").append(names.serviceName()).append(' ')
                .append(version.version()).append("}.\n");
        if (deprecated) {
            doc.append("\n@deprecated API version ").append(version.version()).append(" is deprecated")
                    .append(version.supportedUntil() == null ? "" : "; it is supported until "
                            + version.supportedUntil()).append(". Use a newer API version.\n");
        }
        return doc.toString();
    }
}
