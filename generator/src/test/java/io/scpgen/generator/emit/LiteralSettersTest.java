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
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builders take what people type (rule {@link TypeMapper#literalSetterType}): a docs integer's setter takes
 * {@code 20}, a number's takes {@code 2} and {@code 1.5f}; the boxed setter still takes {@code 20L} and {@code null}.
 */
class LiteralSettersTest {

    private static final Source SOURCE = new Source("things.txt", 1);

    private static final String CALLER = """
            package caller;

            import io.scpgen.scp.things.model.Thing;
            import io.scpgen.scp.things.request.ListThingsRequest;

            public final class Caller {
                public static String call() {
                    ListThingsRequest literal = ListThingsRequest.builder().limit(20).build();
                    ListThingsRequest suffixed = ListThingsRequest.builder().limit(20L).build();
                    ListThingsRequest unset = ListThingsRequest.builder().limit((Long) null).build();
                    Thing fromInt = Thing.builder().id("a").ratio(2).count(3).build();
                    Thing fromFloat = Thing.builder().id("b").ratio(1.5f).build();
                    return literal.limit() + " " + literal.equals(suffixed) + " " + unset.limit() + " "
                            + fromInt.ratio() + " " + fromInt.count() + " " + fromFloat.ratio();
                }
            }
            """;

    @TempDir
    Path temp;

    @Test
    void integerAndNumberSettersTakeIntAndFloatLiterals() throws Exception {
        GeneratedSources sources = new SdkEmitter(new EmitSettings("io.scpgen.scp", List.of()))
                .emit(spec(), new Diagnostics());
        Compilation sdk = InMemoryJava.compile(sources.main());
        assertThat(sdk.status()).as(sdk.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(sdk.diagnostics()).filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING).isEmpty();
        Path sdkClasses = temp.resolve("sdk");
        InMemoryJava.load(sdk, sdkClasses).close();

        List<File> classpath = new ArrayList<>(Stream.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)).map(File::new).toList());
        classpath.add(sdkClasses.toFile());
        Compilation caller = javac().withOptions("--release", "17", "-Xlint:all", "-Werror").withClasspath(classpath)
                .compile(JavaFileObjects.forSourceString("caller.Caller", CALLER));
        assertThat(caller.status()).as(caller.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
        Path callerClasses = temp.resolve("caller");
        InMemoryJava.load(caller, callerClasses).close();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {sdkClasses.toUri().toURL(),
                callerClasses.toUri().toURL()}, getClass().getClassLoader())) {
            Object result = loader.loadClass("caller.Caller").getMethod("call").invoke(null);

            assertThat(result).isEqualTo("20 true null 2.0 3 1.5");
        }
    }

    /** GET /v1/things with an integer {@code limit}; Thing with a number {@code ratio} and an integer {@code count}. */
    private static ServiceSpec spec() {
        Lifecycle current = new Lifecycle(LifecycleStatus.CURRENT, null);
        Parameter limit = new Parameter("query", "limit", false, "", TypeRef.of(TypeRef.Kind.INTEGER), null, null,
                null);
        OperationVariant list = new OperationVariant("1.0", current, "", List.of(limit), null,
                List.of(new Response("200", "OK", TypeRef.ref("Thing"))), null, null, SOURCE);
        List<Field> fields = List.of(
                new Field("id", true, "", TypeRef.string(null), null, null, null),
                new Field("ratio", false, "", TypeRef.of(TypeRef.Kind.NUMBER), null, null, null),
                new Field("count", false, "", TypeRef.of(TypeRef.Kind.INTEGER), null, null, null));
        return new ServiceSpec("things", "Things", null, null, List.of(),
                List.of(new ApiVersion("1.0", LifecycleStatus.CURRENT, null)),
                List.of(new Operation("listThings", "List Things", "GET", "/v1/things", "things", List.of(list))),
                List.of(new Model("Thing", Model.DEFINED, SOURCE, null, null, null, fields)),
                List.of());
    }
}
