package io.scpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The SDK emitted from the five seed files compiles without warnings, and its generated tests pass. */
class GeneratedSdkTest {

    private static ServiceSpec spec;
    private static List<JavaFile> mainFiles;
    private static List<JavaFile> testFiles;
    private static Compilation compilation;

    @BeforeAll
    static void emitAndCompile() {
        spec = SpecFromDocs.withTextReaders().load(SeedDocs.all()).spec();
        GeneratedSources sources = new SdkEmitter(new EmitSettings(EmitSettings.DEFAULT_PACKAGE, List.of()))
                .emit(spec, new Diagnostics());
        mainFiles = sources.main();
        testFiles = sources.tests();
        List<JavaFile> all = new ArrayList<>(mainFiles);
        all.addAll(testFiles);
        compilation = InMemoryJava.compile(all);
    }

    @Test
    void compilesWithoutErrorsOrWarnings() {
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.diagnostics()).filteredOn(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .extracting(d -> d.getMessage(null)).isEmpty();
    }

    @Test
    void hasAClientPerVersionAndOneClassPerModel() {
        assertThat(mainFiles).extracting(f -> f.packageName() + "." + f.typeSpec().name())
                .contains("io.scpgen.scp.virtualserver.v1_0.VirtualServerClient",
                        "io.scpgen.scp.virtualserver.v1_1.VirtualServerClient",
                        "io.scpgen.scp.virtualserver.v1_2.VirtualServerClient",
                        "io.scpgen.scp.virtualserver.v1_3.VirtualServerClient",
                        "io.scpgen.scp.virtualserver.model.ImageListResponse",
                        "io.scpgen.scp.virtualserver.model.ImageListResponseV1Dot2");
        assertThat(mainFiles).filteredOn(f -> f.packageName().endsWith(".model"))
                .extracting(f -> f.typeSpec().name()).doesNotHaveDuplicates();
    }

    @Test
    void generatedTestsRunAndPassOnePerOperationVersion(@TempDir Path classes) throws Exception {
        // one test per operation version of the pinned clients, and one per operation of the current client
        int operationVersions = spec.operations().stream().mapToInt(o -> o.variants().size()).sum();
        int operations = spec.operations().size();
        TestExecutionSummary summary = InMemoryJava.runTests(compilation, testFiles, classes);

        assertThat(summary.getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": "
                + f.getException()).isEmpty();
        assertThat(summary.getTestsFoundCount()).isEqualTo(operationVersions + operations).isEqualTo(228 + 112);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(340);
        assertThat(summary.getTestsSkippedCount()).isZero();
    }
}
