package io.scpgen.generator.emit;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Diagnostics;
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
import io.scpgen.mock.CannedResponse;
import io.scpgen.mock.MockScpServer;
import io.scpgen.mock.RecordedRequest;
import io.scpgen.mock.Route;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.auth.ScpCredentials;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code is a public API: a caller compiled against the SDK of one spec still compiles, links and runs against
 * the SDK regenerated after the docs added an optional model field, an optional request field, an optional parameter
 * (in a new API version) and that new version.
 */
class EvolutionCompatibilityTest {

    private static final Source SOURCE = new Source("things.txt", 1);
    private static final ScpCredentials CREDENTIALS = ScpCredentials.of("compat-key", "compat-secret");

    /** Uses the current client, a pinned client, a request and a model builder, accessors and toBuilder. */
    private static final String CALLER = """
            package caller;

            import io.scpgen.runtime.ScpClientConfiguration;
            import io.scpgen.scp.things.ThingsClient;
            import io.scpgen.scp.things.model.Thing;
            import io.scpgen.scp.things.model.ThingCreateRequest;
            import io.scpgen.scp.things.request.CreateThingRequest;
            import io.scpgen.scp.things.request.ShowThingRequest;

            public final class Caller {
                public static String call(ScpClientConfiguration configuration) {
                    try (ThingsClient current = ThingsClient.create(configuration);
                         io.scpgen.scp.things.v1_0.ThingsClient pinned =
                                 io.scpgen.scp.things.v1_0.ThingsClient.create(configuration)) {
                        Thing shown = current.things().showThing(
                                ShowThingRequest.builder().thingId("t-1").verbose(true).build());
                        Thing old = pinned.things().showThing(ShowThingRequest.builder().thingId("t-1").build());
                        Thing created = current.things().createThing(CreateThingRequest.builder()
                                .body(ThingCreateRequest.builder().name("new").build()).build());
                        Thing built = Thing.builder().id("x").name("y").build().toBuilder().build();
                        return shown.id() + " " + old.name() + " " + created.id() + " " + built.name();
                    }
                }
            }
            """;

    @TempDir
    Path temp;

    @Test
    void aCallerCompiledAgainstTheOldSdkRunsAgainstTheNewOne() throws Exception {
        Path oldSdk = compileSdk(spec(false), temp.resolve("old-sdk"));
        Path newSdk = compileSdk(spec(true), temp.resolve("new-sdk"));
        Compilation caller = compileCaller(oldSdk);
        assertThat(caller.status()).as(caller.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
        Path callerClasses = temp.resolve("caller");
        InMemoryJava.load(caller, callerClasses).close();

        try (MockScpServer server = MockScpServer.builder().credentials(CREDENTIALS).start();
             URLClassLoader onNewSdk = new URLClassLoader(new URL[] {newSdk.toUri().toURL(),
                     callerClasses.toUri().toURL()}, getClass().getClassLoader())) {
            String thing = "{\"id\": \"t-1\", \"name\": \"thing\", \"color\": \"blue\"}";
            server.stub(Route.of("GET", "/v1/things/{thing_id}").withApiVersion("things 1.1"),
                    CannedResponse.json(200, thing));
            server.stub(Route.of("GET", "/v1/things/{thing_id}").withApiVersion("things 1.0"),
                    CannedResponse.json(200, thing));
            server.stub(Route.of("POST", "/v1/things").withApiVersion("things 1.1"), CannedResponse.json(201, thing));
            ScpClientConfiguration configuration = ScpClientConfiguration.builder().credentials(CREDENTIALS)
                    .endpointOverride(server.baseUri()).build();

            Object result = onNewSdk.loadClass("caller.Caller").getMethod("call", ScpClientConfiguration.class)
                    .invoke(null, configuration);

            assertThat(result).isEqualTo("t-1 thing t-1 y");
            List<RecordedRequest> sent = server.requests();
            assertThat(sent).extracting(r -> r.header("Scp-Api-Version").orElseThrow())
                    .containsExactly("things 1.1", "things 1.0", "things 1.1");
            assertThat(sent.get(0).queryParameters()).containsEntry("verbose", List.of("true"));
        }
        assertThat(compileCaller(newSdk).status()).as("the caller's source compiles against the new SDK too")
                .isEqualTo(Compilation.Status.SUCCESS);
    }

    /** Version 1.0; with {@code evolved}, also 1.1 (optional query {@code expand}) and optional fields. */
    private static ServiceSpec spec(boolean evolved) {
        List<Field> thingFields = new ArrayList<>(List.of(field("id", true), field("name", false)));
        List<Field> createFields = new ArrayList<>(List.of(field("name", true)));
        if (evolved) {
            thingFields.add(field("color", false));
            createFields.add(new Field("tags", false, "", TypeRef.arrayOf(TypeRef.string(null)), null, null, null));
        }
        Lifecycle v10 = new Lifecycle(evolved ? LifecycleStatus.SUPPORTED : LifecycleStatus.CURRENT, null);
        Lifecycle v11 = new Lifecycle(LifecycleStatus.CURRENT, null);
        List<Parameter> show = List.of(
                new Parameter("path", "thing_id", true, "", TypeRef.string(null), null, null, null),
                new Parameter("query", "verbose", false, "", TypeRef.of(TypeRef.Kind.BOOLEAN), null, null, null));
        List<Parameter> showExpanded = Stream.concat(show.stream(), Stream.of(
                new Parameter("query", "expand", false, "", TypeRef.string(null), null, null, null))).toList();
        RequestBody body = new RequestBody(TypeRef.ref("ThingCreateRequest"), true, "");
        List<OperationVariant> shows = new ArrayList<>(List.of(variant("1.0", v10, show, null, "200")));
        List<OperationVariant> creates = new ArrayList<>(List.of(variant("1.0", v10, List.of(), body, "201")));
        List<ApiVersion> versions = new ArrayList<>(List.of(new ApiVersion("1.0", v10.status(), null)));
        if (evolved) {
            shows.add(variant("1.1", v11, showExpanded, null, "200"));
            creates.add(variant("1.1", v11, List.of(), body, "201"));
            versions.add(new ApiVersion("1.1", LifecycleStatus.CURRENT, null));
        }
        return new ServiceSpec("things", "Things", null, null, List.of(), versions,
                List.of(new Operation("createThing", "Create Thing", "POST", "/v1/things", "things", creates),
                        new Operation("showThing", "Show Thing", "GET", "/v1/things/{thing_id}", "things", shows)),
                List.of(new Model("Thing", Model.DEFINED, SOURCE, null, null, null, thingFields),
                        new Model("ThingCreateRequest", Model.DEFINED, SOURCE, null, null, null, createFields)),
                List.of());
    }

    private static Field field(String name, boolean required) {
        return new Field(name, required, "", TypeRef.string(null), null, null, null);
    }

    private static OperationVariant variant(String version, Lifecycle lifecycle, List<Parameter> parameters,
                                            RequestBody body, String status) {
        return new OperationVariant(version, lifecycle, "", parameters, body,
                List.of(new Response(status, "OK", TypeRef.ref("Thing"))), null, null, SOURCE);
    }

    private static Path compileSdk(ServiceSpec spec, Path folder) throws Exception {
        GeneratedSources sources = new SdkEmitter(new EmitSettings("io.scpgen.scp", List.of()))
                .emit(spec, new Diagnostics());
        Compilation compilation = InMemoryJava.compile(sources.main());
        assertThat(compilation.status()).as(compilation.diagnostics().toString())
                .isEqualTo(Compilation.Status.SUCCESS);
        InMemoryJava.load(compilation, folder).close();
        return folder;
    }

    private static Compilation compileCaller(Path sdk) {
        List<File> classpath = new ArrayList<>(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new).toList());
        classpath.add(sdk.toFile());
        return javac().withOptions("--release", "17").withClasspath(classpath)
                .compile(JavaFileObjects.forSourceString("caller.Caller", CALLER));
    }
}
