package io.scpgen.generator.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.emit.EmitSettings;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs lint is a stage of its own: the same warnings whether the tests are generated or not built at all. */
class SdkWriterLintTest {

    @TempDir
    Path temp;

    @Test
    void theDocsLintDoesNotDependOnGeneratingTests() throws IOException {
        List<ServiceSpec> specs = SpecFromDocs.withAllReaders().load(List.of(SeedDocs.folder())).specs();
        EmitSettings settings = new EmitSettings("com.example.scp", List.of());

        SdkWriter.Written withTests = SdkWriter.write(specs, settings, temp.resolve("a/main"), temp.resolve("a/test"));
        SdkWriter.Written without = SdkWriter.write(specs, settings, temp.resolve("b/main"), null);

        assertThat(without.tests()).isNull();
        assertThat(temp.resolve("b/test")).doesNotExist();
        assertThat(Files.list(temp.resolve("a/test/com/example/scp/virtualserver")).toList()).isNotEmpty();
        assertThat(without.lint()).isEqualTo(withTests.lint());
        // the 1.1 reference's snapshot example: metadata "" where the model has an object; one warning per version
        assertThat(without.lint().stream().map(Diagnostic::format)).contains(
                "virtualserver-api-reference-print-1.1.txt:363: warning: example of POST /v1/snapshots 1.1 request"
                        + " body disagrees with its model: field 'metadata': \"\" is not any of [object, null]",
                "virtualserver-api-reference-print-1.1.txt:363: warning: example of POST /v1/snapshots 1.1 response"
                        + " 202 disagrees with its model: field 'metadata': \"\" is not any of [object, null]");
        assertThat(without.lintSummary()).isEqualTo("docs lint: 80 examples disagree with their models");
    }
}
