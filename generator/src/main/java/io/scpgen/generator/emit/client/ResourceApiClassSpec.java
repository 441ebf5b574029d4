package io.scpgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.scpgen.generator.emit.ClassSpec;
import io.scpgen.generator.emit.Javadocs;
import io.scpgen.generator.emit.OperationShape;
import io.scpgen.generator.emit.Runtime;
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
 * The operations of one resource group in one API version ({@code images()} of the 1.3 client): a sync and an async
 * method per operation, and a paginator for operations that page with {@code limit} and {@code marker}.
 */
public final class ResourceApiClassSpec implements ClassSpec {

    private final ServiceSpec spec;
    private final String version;
    private final String group;
    private final List<Operation> operations;
    private final SdkNames names;
    private final TypeMapper types;

    public ResourceApiClassSpec(ServiceSpec spec, String version, String group, List<Operation> operations,
                                SdkNames names, TypeMapper types) {
        this.spec = spec;
        this.version = version;
        this.group = group;
        this.operations = List.copyOf(operations);
        this.names = names;
        this.types = types;
    }

    @Override
    public ClassName className() {
        return names.resourceApi(version, group);
    }

    @Override
    public TypeSpec poetSpec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(className()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The {@code $L} operations of API version $L.\n", group, version)
                .addField(Runtime.CLIENT_HANDLER, "handler", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(Runtime.CLIENT_HANDLER, "handler")
                        .addStatement("this.handler = handler").build());
        for (Operation operation : operations) {
            OperationVariant variant = operation.variant(version).orElseThrow();
            addOperation(type, operation, variant);
        }
        return type.build();
    }

    private void addOperation(TypeSpec.Builder type, Operation operation, OperationVariant variant) {
        String method = SdkNames.operationMethod(operation);
        ClassName request = names.request(version, operation);
        TypeName response = OperationShape.responseType(variant, types);
        boolean deprecated = variant.lifecycle().status() == LifecycleStatus.DEPRECATED;
        String javadoc = javadoc(operation, variant, deprecated);

        MethodSpec.Builder sync = MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(response)
                .addJavadoc("$L\n@param request the call's parameters\n@return $L\n"
                        + "@throws io.scpgen.runtime.exception.ScpApiException if the service answers with an error"
                        + " status\n$L", javadoc, returns(response), deprecatedTag(variant, deprecated))
                .addParameter(request, "request")
                .addStatement(response.equals(ClassName.get(Void.class)) ? "handler.execute(request.toScpRequest());\nreturn null"
                        : "return handler.execute(request.toScpRequest())");
        MethodSpec.Builder async = MethodSpec.methodBuilder(method + "Async").addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response))
                .addJavadoc("$L\n<p>Sends the call without blocking.\n@param request the call's parameters\n"
                        + "@return the future result: $L\n$L", javadoc, returns(response),
                        deprecatedTag(variant, deprecated))
                .addParameter(request, "request")
                .addStatement("return handler.executeAsync(request.toScpRequest())");
        if (deprecated) {
            sync.addAnnotation(Deprecated.class);
            async.addAnnotation(Deprecated.class);
        }
        type.addMethod(sync.build()).addMethod(async.build());
        OperationShape.paging(variant, spec).ifPresent(paging -> type.addMethod(
                paginator(method, request, response, paging, deprecated, variant)));
    }

    private MethodSpec paginator(String method, ClassName request, TypeName response, OperationShape.Paging paging,
                                 boolean deprecated, OperationVariant variant) {
        // the accessors as the page, item and request classes name them (a clash with a reserved name renames one)
        ClassName item = types.model(paging.item().name());
        String items = ModelClassSpec.memberName(paging.page(), paging.items().name());
        String id = ModelClassSpec.memberName(paging.item(), "id");
        String limit = RequestClassSpec.memberName(variant, paging.limit());
        String marker = RequestClassSpec.memberName(variant, paging.marker());
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
                        + "$T page = $N(request.toBuilder().$N(marker).$N((long) limit).build());\n"
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
        return doc.append(".\n").toString();
    }

    private static String returns(TypeName response) {
        return response.equals(ClassName.get(Void.class)) ? "{@code null}: the response has no body"
                : "the parsed response";
    }

    private static String deprecatedTag(OperationVariant variant, boolean deprecated) {
        if (!deprecated) {
            return "";
        }
        String until = variant.lifecycle().supportedUntil();
        return "@deprecated API version " + variant.version() + " is deprecated"
                + (until == null ? "" : "; supported until " + until) + ". Use a newer API version.\n";
    }
}
