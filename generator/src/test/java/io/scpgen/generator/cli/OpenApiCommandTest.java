package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.openapi.OpenApiExporter;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesOneDocumentPerVersionIntoTheOutFolder() throws IOException {
        Path out = temp.resolve("nested/openapi");

        CliRun run = CliRun.of("openapi", "--docs", SeedDocs.folder().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        SortedMap<String, String> expected = OpenApiExporter.export(
                SpecFromDocs.withTextReaders().load(SeedDocs.all()).spec(), new Diagnostics());
        assertThat(list(out)).containsExactlyElementsOf(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(Files.readString(out.resolve(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(expected.get(name));
        }
        assertThat(run.err())
                .contains("openapi: " + out.resolve("virtualserver-1.0.openapi.json") + ": 112 operations, ")
                .contains("openapi: " + out.resolve("virtualserver-1.1.openapi.json") + ": 110 operations, ")
                .contains("openapi: " + out.resolve("virtualserver-1.3.openapi.json") + ": 3 operations, 5 schemas")
                .contains("coverage: ");
    }

    @Test
    void replacesThePreviousDocumentsAndKeepsOtherFiles() throws IOException {
        Path out = Files.createDirectories(temp.resolve("openapi"));
        Files.writeString(out.resolve("virtualserver-1.3.openapi.json"), "previous");
        Files.writeString(out.resolve("notes.txt"), "mine");

        CliRun run = CliRun.of("openapi", "--docs", SeedDocs.folder().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("virtualserver-1.3.openapi.json"))).startsWith("{\n  \"openapi\"");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(list(out)).containsExactly("notes.txt", "virtualserver-1.0.openapi.json",
                "virtualserver-1.1.openapi.json", "virtualserver-1.2.openapi.json", "virtualserver-1.3.openapi.json");
    }

    @Test
    void aMissingInputIsAUserErrorAndWritesNothing() {
        Path out = temp.resolve("openapi");

        CliRun run = CliRun.of("openapi", "--docs", temp.resolve("absent.txt").toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("absent.txt:0: error: no such file or folder")
                .contains("scpgen: no OpenAPI document written: ").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutDocsOrOutItIsAUsageError() {
        CliRun noDocs = CliRun.of("openapi", "--out", temp.toString());
        CliRun noOut = CliRun.of("openapi", "--docs", SeedDocs.folder().toString());

        assertThat(noDocs.exitCode()).isEqualTo(2);
        assertThat(noDocs.err()).contains("Missing required option: '--docs");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void anOutThatIsAFileIsAUserErrorAndTheFileIsKept() throws IOException {
        Path out = temp.resolve("file.json");
        Files.writeString(out, "previous");

        CliRun run = CliRun.of("openapi", "--docs", SeedDocs.file(SeedDocs.IMAGE_IMPORT).toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + out + " is a file: expected a folder");
        assertThat(Files.readString(out)).isEqualTo("previous");
    }

    @Test
    void anOutThatCannotBeCreatedIsAUserError() throws IOException {
        Path file = Files.writeString(temp.resolve("file.json"), "previous");

        CliRun run = CliRun.of("openapi", "--docs", SeedDocs.file(SeedDocs.IMAGE_IMPORT).toString(),
                "--out", file.resolve("openapi").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("scpgen: cannot write to " + file.resolve("openapi"))
                .doesNotContain("internal error");
        assertThat(Files.readString(file)).isEqualTo("previous");
    }

    @Test
    void strictFailsOnDocErrorsAndKeepsThePreviousOutput() throws IOException {
        Path doc = BrokenDocs.unknownSchema(temp);
        Path out = Files.createDirectories(temp.resolve("openapi"));
        Path previous = Files.writeString(out.resolve("things-1.3.openapi.json"), "previous");

        CliRun strict = CliRun.of("openapi", "--docs", doc.toString(), "--strict", "--out", out.toString());

        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("bad.txt:6: error: unknown schema 'strng'")
                .contains("no OpenAPI document written: the docs have errors (--strict)");
        assertThat(Files.readString(previous)).isEqualTo("previous");
        assertThat(list(out)).containsExactly("things-1.3.openapi.json");
    }

    @Test
    void theRootCommandListsOpenapi() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("openapi");
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
