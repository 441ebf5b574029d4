package io.scpgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.Javadocs;
import io.scpgen.generator.emit.OperationShape;
import io.scpgen.generator.emit.RequestClasses;
import io.scpgen.generator.emit.Runtime;
import io.scpgen.generator.emit.SdkClient;
import io.scpgen.generator.emit.SdkNames;
import io.scpgen.generator.emit.TypeMapper;
import io.scpgen.generator.emit.model.ModelClassSpec;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The operations of one resource group of one client ({@code images()} of the current client, or of the 1.3 client):
 * a sync and an async method per operation, and a paginator for operations that page with {@code limit} and
 * {@code marker}. The class that sends a call is the one that knows its API version.
 */
public final class ResourceApiClassSpec implements ClassSpec {

    private final ServiceSpec spec;
    private final SdkClient client;
    private final String group;
    private final List<Operation> operations;
    private final SdkNames names;
    private final TypeMapper types;
    private final RequestClasses requests;

    public ResourceApiClassSpec(ServiceSpec spec, SdkClient client, String group, List<Operation> operations,
                                SdkNames names, TypeMapper types, RequestClasses requests) {
        this.spec = spec;
        this.client = client;
        this.group = group;
        this.operations = List.copyOf(operations);
        this.names = names;
        this.types = types;
        this.requests = requests;
    }

    @Override
    public ClassName className() {
        return names.resourceApi(client.version(), group);
    }

    @Override
    public TypeSpec poetSpec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(className()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The {@code $L} operations $L.\n", group, client.isCurrent()
                        ? "at their newest documented API versions" : "of API version " + client.version())
                .addField(Runtime.CLIENT_HANDLER, "handler", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(Runtime.CLIENT_HANDLER, "handler")
                        .addStatement("this.handler = handler").build());
        for (Operation operation : operations) {
            addOperation(type, operation, client.variant(operation));
        }
        return type.build();
    }

    private void addOperation(TypeSpec.Builder type, Operation operation, OperationVariant variant) {
        String method = SdkNames.operationMethod(operation);
        ClassName request = requests.of(operation, variant).className();
        TypeName response = OperationShape.responseType(variant, types);
        boolean deprecated = variant.lifecycle().status() == LifecycleStatus.DEPRECATED;
        String javadoc = javadoc(operation, variant, deprecated);
        // the newest version rides along for the runtime's warning about a version past its date
        CodeBlock scpRequest = client.newestVersion(operation)
                .map(newest -> CodeBlock.of("request.toScpRequest($S, $T.class), $S", variant.version(), response, newest))
                .orElse(CodeBlock.of("request.toScpRequest($S, $T.class)", variant.version(), response));

        MethodSpec.Builder sync = MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(response)
                .addJavadoc("$L\n@param request the call's parameters\n@return $L\n"
                        + "@throws io.scpgen.runtime.exception.ScpApiException if the service answers with an error"
                        + " status\n$L", javadoc, returns(response), deprecatedTag(variant, deprecated))
                .addParameter(request, "request");
        if (response.equals(ClassName.get(Void.class))) {
            sync.addStatement("handler.execute($L)", scpRequest).addStatement("return null");
        } else {
            sync.addStatement("return handler.execute($L)", scpRequest);
        }
        MethodSpec.Builder async = MethodSpec.methodBuilder(method + "Async").addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response))
                .addJavadoc("$L\n<p>Sends the call without blocking.\n@param request the call's parameters\n"
                        + "@return the future result: $L\n$L", javadoc, returns(response),
                        deprecatedTag(variant, deprecated))
                .addParameter(request, "request")
                .addStatement("return handler.executeAsync($L)", scpRequest);
        if (deprecated) {
            sync.addAnnotation(Deprecated.class);
            async.addAnnotation(Deprecated.class);
        }
        type.addMethod(sync.build()).addMethod(async.build());
        OperationShape.paging(variant, spec).ifPresent(paging -> type.addMethod(
                paginator(method, requests.of(operation, variant), response, paging, deprecated, variant)));
    }

    private MethodSpec paginator(String method, RequestClasses.Shared shared, TypeName response,
                                 OperationShape.Paging paging, boolean deprecated, OperationVariant variant) {
        ClassName request = shared.className();
        // the accessors as the page, item and request classes name them (a clash with a reserved name renames one)
        ClassName item = types.model(paging.item().name());
        String items = ModelClassSpec.memberName(paging.page(), paging.items().name());
        String id = ModelClassSpec.memberName(paging.item(), "id");
        String limit = RequestClassSpec.memberName(shared, paging.limit());
        String marker = RequestClassSpec.memberName(shared, paging.marker());
        MethodSpec.Builder paginator = MethodSpec.methodBuilder(method + "Paginator").addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Runtime.MARKER_PAGINATOR, item))
                .addJavadoc("Every {@code $L} item over all pages, fetched lazily page by page: each page asks for"
                        + " {@code limit} items after the {@code marker}, the id of the previous page's last item.\n"
                        + "@param request the first page's parameters; its {@code limit} is the page size\n"
                        + "@return the items of all pages\n$L", paging.items().name(), deprecatedTag(variant, deprecated))
                .addParameter(request, "request")
                .addStatement("int pageSize = request.$N() == null ? $L : request.$N().intValue()",
                        limit, paging.defaultLimit(), limit)
                .addStatement("return $T.of(pageSize, (marker, limit) -> {\n"
                        + "$T page = $N(request.toBuilder().$N(marker).$N(limit).build());\n"
                        + "return page == null || page.$N() == null ? $T.of() : page.$N();\n}, $T::$N)",
                        Runtime.MARKER_PAGINATOR, response, method, marker, limit, items, List.class, items, item, id);
        if (deprecated) {
            paginator.addAnnotation(Deprecated.class);
        }
        return paginator.build();
    }

    private static String javadoc(Operation operation, OperationVariant variant, boolean deprecated) {
        StringBuilder doc = new StringBuilder();
        doc.append(Javadocs.escape(operation.title() == null ? operation.id() : operation.title())).append(".\n");
        if (!variant.description().isBlank()) {
            doc.append("\n<p>").append(Javadocs.escape(variant.description()).replace("\n", "\n<br>")).append('\n');
        }
        doc.append("\n<p>{@code ").append(operation.method()).append(' ').append(Javadocs.escape(operation.path()))
                .append("}, API version ").append(variant.version());
        if (variant.lifecycle().status() != null) {
            doc.append(", ").append(variant.lifecycle().status());
        }
        if (variant.lifecycle().supportedUntil() != null) {
            doc.append(", supported until ").append(variant.lifecycle().supportedUntil());
        }
        doc.append(".\n");
        if (variant.lifecycle().status() == LifecycleStatus.PLANNED) {
            doc.append("\n<p>Not callable yet: SCP accepts calls of API version ").append(variant.version())
                    .append(" once it is released (CURRENT).\n");
        }
        return doc.toString();
    }

    private static String returns(TypeName response) {
        return response.equals(ClassName.get(Void.class)) ? "{@code null}: the response has no body"
                : "the parsed response";
    }

    private String deprecatedTag(OperationVariant variant, boolean deprecated) {
        if (!deprecated) {
            return "";
        }
        String until = variant.lifecycle().supportedUntil();
        // the current client calls a deprecated version only when no newer one documents the operation
        return "@deprecated API version " + variant.version() + " is deprecated"
                + (until == null ? "" : "; supported until " + until)
                + (client.isCurrent() ? ", and no newer version documents this operation.\n"
                : ". Use a newer API version.\n");
    }
}
