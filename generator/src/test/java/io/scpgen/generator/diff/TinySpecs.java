package io.scpgen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.RequestBody;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Tiny hand-made specs for the rule tests: one service, usually one operation ({@code GET /v1/things}). */
final class TinySpecs {

    static final String THINGS = "GET /v1/things";
    static final Lifecycle CURRENT = new Lifecycle(LifecycleStatus.CURRENT, null);

    private TinySpecs() {
    }

    static ServiceSpec spec(List<ApiVersion> versions, List<Operation> operations, List<Model> models) {
        return new ServiceSpec("things", "Things", null, "https://things.{region}.{environment}.example.com",
                List.of(), versions, operations, models, List.of());
    }

    /** A spec with {@code GET /v1/things} in the given variants, its versions all CURRENT. */
    static ServiceSpec things(List<Model> models, OperationVariant... variants) {
        List<ApiVersion> versions = Arrays.stream(variants)
                .map(v -> new ApiVersion(v.version(), LifecycleStatus.CURRENT, null)).toList();
        return spec(versions, List.of(operation("GET", "/v1/things", variants)), models);
    }

    static ServiceSpec things(OperationVariant... variants) {
        return things(List.of(), variants);
    }

    static Operation operation(String method, String path, OperationVariant... variants) {
        return new Operation(null, null, method, path, "things", List.of(variants));
    }

    static OperationVariant variant(String version, List<Parameter> parameters, RequestBody body,
                                    List<Response> responses) {
        return new OperationVariant(version, CURRENT, "Lists things.", parameters, body, responses, null, Map.of(),
                new Source("things.txt", 1));
    }

    static OperationVariant plain(String version) {
        return variant(version, List.of(), null, List.of());
    }

    static OperationVariant withParameters(String version, Parameter... parameters) {
        return variant(version, List.of(parameters), null, List.of());
    }

    static OperationVariant withBody(String version, RequestBody body) {
        return variant(version, List.of(), body, List.of());
    }

    static OperationVariant withResponses(String version, Response... responses) {
        return variant(version, List.of(), null, List.of(responses));
    }

    static OperationVariant withLifecycle(String version, Lifecycle lifecycle) {
        return plain(version).withLifecycle(lifecycle);
    }

    static Parameter query(String name, boolean required, TypeRef type) {
        return new Parameter("query", name, required, null, type, null, null, null);
    }

    static Parameter query(String name, TypeRef type, JsonNode defaultValue) {
        return new Parameter("query", name, false, null, type, defaultValue, null, null);
    }

    static RequestBody body(TypeRef type, boolean required) {
        return new RequestBody(type, required, null);
    }

    static RequestBody body(String model) {
        return body(TypeRef.ref(model), true);
    }

    static Response ok(TypeRef type) {
        return new Response("200", "OK", type);
    }

    static Response ok(String model) {
        return ok(TypeRef.ref(model));
    }

    static Model model(String name, Field... fields) {
        return new Model(name, Model.DEFINED, null, null, null, null, List.of(fields));
    }

    static Field field(String name, boolean required, TypeRef type) {
        return new Field(name, required, null, type, null, null, null);
    }

    static Field optional(String name, TypeRef type) {
        return field(name, false, type);
    }

    static Field required(String name, TypeRef type) {
        return field(name, true, type);
    }

    static TypeRef string() {
        return TypeRef.string(null);
    }

    static TypeRef integer() {
        return TypeRef.of(TypeRef.Kind.INTEGER);
    }

    /** The one change the diff found; fails listing them all when there are none or several. */
    static Change onlyChange(List<Change> changes) {
        assertThat(changes).as(changes.stream().map(Change::describe).toList().toString()).hasSize(1);
        return changes.get(0);
    }

    static List<Change> snapshots(ServiceSpec old, ServiceSpec now) {
        return SpecDiff.betweenSnapshots(old, now);
    }
}
