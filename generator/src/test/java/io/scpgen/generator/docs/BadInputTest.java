package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Severity;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed docs give diagnostics with the file, the line and what was expected; never an exception. */
class BadInputTest {

    @TempDir
    Path temp;

    @Test
    void aTruncatedPageReportsTheCutOffExample() throws IOException {
        List<String> lines = Files.readAllLines(SeedDocs.file(SeedDocs.PENDING_IMAGES), StandardCharsets.UTF_8);
        Path cut = write("cut.txt", String.join("\n", lines.subList(0, 50)));

        SpecFromDocs.Result result = load(cut);

        assertThat(result.spec().operations()).hasSize(1);
        assertThat(errors(result)).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo(cut.toString());
            assertThat(d.line()).isEqualTo(lines.indexOf("Response 200") + 2);
            assertThat(d.message()).contains("JSON example is cut off").contains("expected");
        });
        // with its example gone, the model only the example showed cannot be inferred either
        assertThat(errors(result)).anySatisfy(d -> assertThat(d.message())
                .contains("model ImageListResponseV1Dot2 is referenced but defined nowhere"));
    }

    @Test
    void aRowWithAnUnknownSchemaWordIsKeptAsAnyAndReported() throws IOException {
        Path doc = write("schema.txt", """
                1.1 - List Things

                1.1.1 - 1.1

                get /v1/things

                Parameters

                TypeNameDescriptionSchemaDefault
                querylimit
                optional
                개수
                Example : 20
                any of [integr, null]20

                Responses

                HTTP CodeDescriptionSchema
                200OKNone
                """);

        SpecFromDocs.Result result = load(doc);

        assertThat(result.spec().operations().get(0).variants().get(0).parameters()).singleElement()
                .satisfies(p -> assertThat(p.type().describe()).isEqualTo("any"));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(10);
            assertThat(d.message()).contains("unknown schema 'any of [integr, null]20'").contains("expected");
        });
        assertThat(result.coverage()).singleElement().satisfies(c -> assertThat(c.rowsKept()).isEqualTo(2));
    }

    @Test
    void aSectionWithoutAMethodLineIsLeftOutAndReported() throws IOException {
        Path doc = write("nomethod.txt", """
                1 - 1.3
                Description
                Retrieve things.
                상태 ACTIVE (CURRENT)
                Responses
                | HTTP Code | Description | Schema |
                |---|---|---|
                | 200 | OK | None |
                """);

        SpecFromDocs.Result result = load(doc);

        assertThat(result.specs()).isEmpty(); // nothing of a service was read
        assertThat(errors(result)).extracting(Diagnostic::line, Diagnostic::message).anySatisfy(t -> {
            assertThat(t.toList().get(0)).isEqualTo(1);
            assertThat((String) t.toList().get(1)).contains("has no method line: expected a line such as 'get /v1/images'");
        });
    }

    @Test
    void binaryGarbageIsNotAPage() throws IOException {
        Path binary = temp.resolve("garbage.txt");
        Files.write(binary, new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, 0x01, (byte) 0xFF});
        Path nul = temp.resolve("nul.txt");
        Files.write(nul, new byte[] {'a', '\n', 'b', '\n', 0, 'c'});

        assertThat(errors(load(binary))).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains("invalid UTF-8").contains("expected");
        });
        assertThat(errors(load(nul))).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("NUL byte");
        });
    }

    @Test
    void anEmptyFileAndAnUnknownLayoutAreReported() throws IOException {
        assertThat(errors(load(write("empty.txt", "\n\n")))).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("empty file"));
        assertThat(errors(load(write("prose.txt", "Just some prose.\nNothing else.\n")))).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("not a page of the API documentation"));
    }

    @Test
    void aMissingPathIsReportedWithItsName() {
        SpecFromDocs.Result result = load(temp.resolve("nowhere"));

        assertThat(result.spec()).isNull();
        assertThat(errors(result)).singleElement()
                .satisfies(d -> assertThat(d.format()).endsWith("nowhere:0: error: no such file or folder:"
                        + " expected a doc page or a folder of them"));
    }

    @Test
    void aModelReferencedButDefinedNowhereIsReported() throws IOException {
        Path doc = write("undefined.txt", """
                1 - 1.3
                get /v1/things
                상태 ACTIVE (CURRENT)
                Responses
                | HTTP Code | Description | Schema |
                |---|---|---|
                | 200 | OK | ThingListResponse |
                """);

        assertThat(errors(load(doc))).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("model ThingListResponse is referenced but defined nowhere");
        });
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static SpecFromDocs.Result load(Path file) {
        return SpecFromDocs.withTextReaders().load(List.of(file), "things"); // the snippets name no service
    }

    private static List<Diagnostic> errors(SpecFromDocs.Result result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
