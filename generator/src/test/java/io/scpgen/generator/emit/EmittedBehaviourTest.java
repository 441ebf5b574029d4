package io.scpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import io.scpgen.runtime.ScpJson;
import io.scpgen.runtime.ScpRequestOverrides;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What emitted code does, on a small spec with awkward names: compiled in memory and called. */
class EmittedBehaviourTest {

    private static final String MODEL = "io.scpgen.scp.things.model.Thing";
    private static final ObjectMapper JSON = ScpJson.mapper();

    @TempDir
    static Path classes;
    private static URLClassLoader loader;

    @BeforeAll
    static void compile() {
        Source source = new Source("things.txt", 1);
        Model thing = new Model("Thing", Model.DEFINED, source, null, null, null, List.of(
                new Field("id", true, "ID", TypeRef.string(null), null, null, null),
                new Field("class", false, "a keyword", TypeRef.string(null), null, null, null),
                new Field("default", false, "another", TypeRef.of(TypeRef.Kind.INTEGER), null, null, null),
                new Field("admin_password", false, "secret", TypeRef.string(null), null, null, null),
                new Field("visibility", false, "enum", TypeRef.enumOf(List.of("public", "private")), null, null, null),
                new Field("2fa-enabled", false, "odd name", TypeRef.of(TypeRef.Kind.BOOLEAN), null, null, null)));
        OperationVariant get = new OperationVariant("1.0", new Lifecycle(LifecycleStatus.DEPRECATED, "2025-12-31"), "",
                List.of(new Parameter("path", "thing_id", true, "", TypeRef.string(null), null, null, null)), null,
                List.of(new Response("200", "OK", TypeRef.ref("Thing"))), null, null, source);
        // a page whose list is named like a reserved member, a query and a header parameter of one name, and a query
        // parameter named like the requests' base class's accessor
        Model page = new Model("ThingPage", Model.DEFINED, source, null, null, null, List.of(
                new Field("builder", false, "the things", TypeRef.arrayOf(TypeRef.ref("Thing")), null, null, null)));
        OperationVariant list = new OperationVariant("1.0", new Lifecycle(LifecycleStatus.DEPRECATED, "2025-12-31"),
                "", List.of(
                        new Parameter("query", "x", false, "", TypeRef.string(null), null, null, null),
                        new Parameter("header", "x", false, "", TypeRef.string(null), null, null, null),
                        new Parameter("query", "limit", false, "", TypeRef.of(TypeRef.Kind.INTEGER), null, null, null),
                        new Parameter("query", "marker", false, "", TypeRef.string(null), null, null, null),
                        new Parameter("query", "overrideConfiguration", false, "", TypeRef.string(null), null, null,
                                null)),
                null, List.of(new Response("200", "OK", TypeRef.ref("ThingPage"))), null, null, source);
        ServiceSpec spec = new ServiceSpec("things", "Things", null, null, List.of(),
                List.of(new ApiVersion("1.0", LifecycleStatus.DEPRECATED, "2025-12-31")),
                List.of(new Operation("showThing", "Show Thing", "GET", "/v1/things/{thing_id}", "things", List.of(get)),
                        new Operation("listThings", "List Things", "GET", "/v1/things", "things", List.of(list))),
                List.of(thing, page), List.of());
        GeneratedSources sources = new SdkEmitter(new EmitSettings("io.scpgen.scp", List.of())).emit(spec,
                new Diagnostics());
        Compilation compilation = InMemoryJava.compile(sources.main());
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        loader = InMemoryJava.load(compilation, classes);
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @Test
    void keywordsAndOddJsonNamesBecomeReadableMembers() throws Exception {
        Class<?> type = loader.loadClass(MODEL);

        assertThat(List.of(type.getMethods()).stream().map(Method::getName))
                .contains("id", "classValue", "defaultValue", "adminPassword", "visibility", "v2faEnabled");
    }

    @Test
    void clashingNamesGetMembersOfTheirOwnAndThePaginatorUsesThem() throws Exception {
        Class<?> request = loader.loadClass("io.scpgen.scp.things.request.ListThingsRequest");
        Class<?> api = loader.loadClass("io.scpgen.scp.things.v1_0.ThingsApi");

        assertThat(List.of(request.getMethods()).stream().map(Method::getName))
                .contains("x", "xValue", "overrideConfigurationValue");
        assertThat(request.getMethod("overrideConfiguration").getReturnType()).isEqualTo(ScpRequestOverrides.class);
        assertThat(List.of(loader.loadClass("io.scpgen.scp.things.model.ThingPage").getMethods()).stream()
                .map(Method::getName)).contains("builderValue");
        assertThat(api.getMethod("listThingsPaginator", request)).isNotNull();
    }

    @Test
    void buildingWithoutARequiredFieldNamesIt() throws Exception {
        Object builder = loader.loadClass(MODEL).getMethod("builder").invoke(null);

        assertThatThrownBy(() -> invoke(builder, "build"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Thing is missing required properties: [id]");
    }

    @Test
    void jsonKeepsTheDocsNamesAndUnknownEnumValuesAndIgnoresUnknownFields() throws Exception {
        Class<?> type = loader.loadClass(MODEL);
        String json = "{\"id\":\"t1\",\"class\":\"c\",\"default\":3,\"visibility\":\"shared\",\"2fa-enabled\":true,"
                + "\"new_field\":1}";

        Object thing = JSON.readValue(json, type);

        Object visibility = invoke(thing, "visibility");
        assertThat(visibility.toString()).isEqualTo("shared");
        assertThat(invoke(visibility, "isKnown")).isEqualTo(false);
        assertThat(JSON.readTree(JSON.writeValueAsString(thing)))
                .isEqualTo(JSON.readTree("{\"id\":\"t1\",\"class\":\"c\",\"default\":3,\"visibility\":\"shared\","
                        + "\"2fa-enabled\":true}"));
    }

    @Test
    void knownEnumValuesAreTheConstants() throws Exception {
        Class<?> visibility = loader.loadClass(MODEL + "$Visibility");

        Object parsed = visibility.getMethod("of", String.class).invoke(null, "private");

        assertThat(parsed).isSameAs(visibility.getField("PRIVATE").get(null));
        assertThat(invoke(parsed, "isKnown")).isEqualTo(true);
    }

    @Test
    void toStringMasksSecretsAndEqualityIsByValue() throws Exception {
        Class<?> type = loader.loadClass(MODEL);
        Object a = JSON.readValue("{\"id\":\"t1\",\"admin_password\":\"hunter2\"}", type);
        Object b = JSON.readValue("{\"id\":\"t1\",\"admin_password\":\"hunter2\"}", type);

        assertThat(a.toString()).contains("id=t1").contains("adminPassword=***").doesNotContain("hunter2");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void aDeprecatedVersionsClientAndOperationsAreDeprecated() throws Exception {
        Class<?> client = loader.loadClass("io.scpgen.scp.things.v1_0.ThingsClient");
        Class<?> api = loader.loadClass("io.scpgen.scp.things.v1_0.ThingsApi");

        assertThat(client.isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(client.getField("API_VERSION").get(null)).isEqualTo("1.0");
        assertThat(api.getMethod("showThing", loader.loadClass("io.scpgen.scp.things.request.ShowThingRequest"))
                .isAnnotationPresent(Deprecated.class)).isTrue();
    }

    @Test
    void aRequestWithoutARequiredPathParameterNamesIt() throws Exception {
        Object builder = loader.loadClass("io.scpgen.scp.things.request.ShowThingRequest").getMethod("builder")
                .invoke(null);

        assertThatThrownBy(() -> invoke(builder, "build")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[thing_id]");
    }

    private static Object invoke(Object target, String method) throws Exception {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        try {
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
