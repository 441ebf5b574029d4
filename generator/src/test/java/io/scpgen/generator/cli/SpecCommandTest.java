package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.SpecJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesTheSpecToStandardOutputAndDiagnosticsToStandardError() {
        CliRun run = CliRun.of("spec", "--docs", SeedDocs.file(SeedDocs.PENDING_IMAGES).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(SpecJson.read(run.out()).operations()).singleElement()
                .satisfies(o -> assertThat(o.key()).isEqualTo("GET /v1/pending-images"));
        assertThat(run.err()).contains(SeedDocs.PENDING_IMAGES + ":1: warning: GET /v1/pending-images has no title")
                .contains("coverage: " + SeedDocs.file(SeedDocs.PENDING_IMAGES) + ": 24 rows read, 24 kept");
    }

    @Test
    void readsAnHtmlPageOfTheDocSite() throws URISyntaxException {
        Path page = Path.of(SpecCommandTest.class.getResource("/html/pending-images-list.html").toURI());

        CliRun run = CliRun.of("spec", "--docs", page.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(SpecJson.read(run.out()).operations()).singleElement().satisfies(o -> {
            assertThat(o.key()).isEqualTo("GET /v1/pending-images");
            assertThat(o.variants()).extracting(v -> v.version()).containsExactly("1.0", "1.1", "1.2", "1.3");
        });
        assertThat(run.err()).contains("coverage: " + page + ": 24 rows read, 24 kept");
    }

    @Test
    void readsFoldersRecursivelyAndWritesTheOutFile() throws IOException {
        Path out = temp.resolve("nested/spec.json");

        CliRun run = CliRun.of("spec", "--docs", SeedDocs.folder().toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(SeedDocs.projectRoot().resolve("spec/virtualserver.json")));
    }

    @Test
    void aMissingInputIsAUserErrorAndWritesNothing() {
        Path out = temp.resolve("spec.json");

        CliRun run = CliRun.of("spec", "--docs", temp.resolve("absent.txt").toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("absent.txt:0: error: no such file or folder").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFolderWithoutPagesSaysHowToFetchThem() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("scp-docs"));
        Files.writeString(docs.resolve("manifest.json"), "{}"); // not a page

        CliRun run = CliRun.of("spec", "--docs", docs.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scpgen: no spec written: no doc page found (no .txt, .md, .html or .htm"
                + " file): fetch the service's pages first, with scpgen fetch --url <the service's doc page> --out"
                + " <the docs folder>" + System.lineSeparator());
    }

    @Test
    void aPageThatCannotBeReadIsNotAFolderWithoutPages() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("scp-docs"));
        Files.writeString(docs.resolve("empty.txt"), "");

        CliRun run = CliRun.of("spec", "--docs", docs.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.txt:1: error: empty file")
                .contains("scpgen: no spec written: no doc page could be read").doesNotContain("fetch");
    }

    @Test
    void withoutDocsItIsAUsageError() {
        CliRun run = CliRun.of("spec");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--docs");
    }

    @Test
    void strictFailsOnDocErrorsAndKeepsThePreviousOutput() throws IOException {
        Path doc = BrokenDocs.unknownSchema(temp);
        Path out = temp.resolve("spec.json");
        Files.writeString(out, "previous");

        CliRun lenient = CliRun.of("spec", "--docs", doc.toString());
        CliRun strict = CliRun.of("spec", "--docs", doc.toString(), "--strict", "--out", out.toString());

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.err()).contains("bad.txt:6: error: unknown schema 'strng' for 'limit'");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("bad.txt:6: error: unknown schema 'strng'");
        assertThat(Files.readString(out)).isEqualTo("previous");
    }
}
