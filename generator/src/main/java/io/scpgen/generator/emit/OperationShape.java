package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import java.util.Optional;

/** What the emitters need to know about one operation version beyond the spec: its success response, paging. */
public final class OperationShape {

    private OperationShape() {
    }

    /** The first 2xx response, the one a call returns. */
    public static Optional<Response> success(OperationVariant variant) {
        return variant.responses().stream().filter(r -> r.status().startsWith("2")).findFirst();
    }

    /** The Java type a call returns: the success response's model, or {@code Void}. */
    public static TypeName responseType(OperationVariant variant, TypeMapper types) {
        return success(variant).map(Response::type).filter(t -> t.kind() == TypeRef.Kind.REF)
                .filter(t -> types.isModel(t.ref()))
                .<TypeName>map(t -> types.model(t.ref()))
                .orElse(ClassName.get(Void.class));
    }

    /** Whether a call returns a body: its success response is one of the SDK's models. */
    public static boolean hasBody(OperationVariant variant, TypeMapper types) {
        return !responseType(variant, types).equals(ClassName.get(Void.class));
    }

    /**
     * Rule: an operation pages with {@code limit} and {@code marker} when it has both query parameters and its
     * response model has one array-of-model field whose items have an {@code id}: the marker is the last id.
     */
    public static Optional<Paging> paging(OperationVariant variant, ServiceSpec spec) {
        Optional<Parameter> limit = queryParameter(variant, "limit")
                .filter(p -> p.type() != null && p.type().kind() == TypeRef.Kind.INTEGER);
        Optional<Parameter> marker = queryParameter(variant, "marker");
        Optional<Model> response = success(variant).map(Response::type).filter(t -> t.kind() == TypeRef.Kind.REF)
                .flatMap(t -> spec.model(t.ref()));
        if (limit.isEmpty() || marker.isEmpty() || response.isEmpty()) {
            return Optional.empty();
        }
        List<Field> lists = response.get().fields().stream()
                .filter(f -> f.type().kind() == TypeRef.Kind.ARRAY && f.type().items().kind() == TypeRef.Kind.REF)
                .toList();
        if (lists.size() != 1) {
            return Optional.empty();
        }
        Field items = lists.get(0);
        return spec.model(items.type().items().ref())
                .filter(item -> item.field("id").filter(id -> id.type().kind() == TypeRef.Kind.STRING).isPresent())
                .map(item -> new Paging(limit.get(), marker.get(), response.get(), items, item));
    }

    private static Optional<Parameter> queryParameter(OperationVariant variant, String name) {
        return variant.parameters().stream().filter(p -> p.in().equals("query") && p.name().equals(name)).findFirst();
    }

    /**
     * How an operation pages: its {@code limit} (an integer) and {@code marker} query parameters, the page model,
     * its list field, and the model of the items (which has a string {@code id}).
     */
    public record Paging(Parameter limit, Parameter marker, Model page, Field items, Model item) {

        /** The page size when the request sets none: the documented default of {@code limit}, else 20. */
        public long defaultLimit() {
            return limit.defaultValue() != null && limit.defaultValue().canConvertToLong()
                    ? limit.defaultValue().asLong() : 20L;
        }
    }
}
