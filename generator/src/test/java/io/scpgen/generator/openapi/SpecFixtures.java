package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Environment;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-made specs for the export's unit tests. */
final class SpecFixtures {

    static final String BASE_URL = "https://things.{region}.{environment}.samsungsdscloud.com";
    static final List<Environment> ENVIRONMENTS = List.of(new Environment("s", List.of("kr-west1", "kr-east1")),
            new Environment("g", List.of("kr-south1")));
    static final List<ApiVersion> VERSIONS = List.of(
            new ApiVersion("1.0", LifecycleStatus.DEPRECATED, "2025-12-31"),
            new ApiVersion("1.1", LifecycleStatus.CURRENT, null));

    private SpecFixtures() {
    }

    static ServiceSpec spec(List<Operation> operations, List<Model> models) {
        return new ServiceSpec("things", "Things", "The things service.", BASE_URL, ENVIRONMENTS, VERSIONS,
                operations, models, List.of());
    }

    static Operation operation(String id, String method, String path, OperationVariant... variants) {
        return new Operation(id, id == null ? null : "Title of " + id, method, path, "things", List.of(variants));
    }

    static OperationVariant variant(String version, List<Parameter> parameters, RequestBody body,
                                    List<Response> responses) {
        LifecycleStatus status = version.equals("1.0") ? LifecycleStatus.DEPRECATED : LifecycleStatus.CURRENT;
        return new OperationVariant(version, new Lifecycle(status, status == LifecycleStatus.DEPRECATED
                ? "2025-12-31" : null), "Does " + version + ".", parameters, body, responses, null, Map.of(),
                new Source("things.txt", 10));
    }

    static OperationVariant ok(String version, TypeRef body) {
        return variant(version, List.of(), null, List.of(new Response("200", "OK", body)));
    }

    static Parameter parameter(String in, String name, boolean required, TypeRef type) {
        return new Parameter(in, name, required, "the " + name, type, null, null, null);
    }

    static Model model(String name, Field... fields) {
        return new Model(name, Model.DEFINED, new Source("models.txt", 100), null, null, null, List.of(fields));
    }

    static Field field(String name, boolean required, TypeRef type) {
        return new Field(name, required, null, type, null, null, null);
    }

    /** Every {@code $ref} value in the tree. */
    static List<String> refs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        collectRefs(node, refs);
        return refs;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (entry.getKey().equals("$ref") && entry.getValue().isTextual()) {
                    refs.add(entry.getValue().asText());
                } else {
                    collectRefs(entry.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectRefs(element, refs));
        }
    }

    /** The field names of an object node, in order. */
    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
