package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.ForeignLocale;
import io.scpgen.generator.spec.BoundedName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose title line, operation heading and model name are 10,000 characters each: {@code generate} writes an
 * SDK whose file names are bounded ({@link BoundedName}), the same in any locale, where it used to end in an internal
 * error (a file name no file system takes).
 */
class GenerateLongTitleTest {

    private static final String TITLE = "A" + "a".repeat(9999);
    private static final String MODEL = "B" + "b".repeat(9999);

    /** The longest file name: a bounded name and the longest suffix the SDK adds to one. */
    private static final int LONGEST_FILE_NAME = BoundedName.MAX_LENGTH + "ApiTest.java".length();

    @TempDir
    Path temp;

    @Test
    void writesAnSdkWhoseFileNamesAreBounded() throws IOException {
        Path docs = page();
        Path out = temp.resolve("main");
        Path tests = temp.resolve("test");

        CliRun run = CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString(),
                "--tests", tests.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(0, 2);
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
        Path service = out.resolve("io/scpgen/scp/things");
        assertThat(service.resolve("v1_3/" + "A" + "a".repeat(54) + "_b9e6a74aClient.java")).exists();
        assertThat(files(out).keySet()).hasSize(7).allSatisfy(file -> assertThat(Path.of(file).getFileName()
                .toString().length()).as(file).isLessThanOrEqualTo(LONGEST_FILE_NAME));
        assertThat(files(tests).keySet()).isNotEmpty().allSatisfy(file -> assertThat(Path.of(file).getFileName()
                .toString().length()).as(file).isLessThanOrEqualTo(LONGEST_FILE_NAME));
        assertThat(files(out).keySet()).anySatisfy(file -> assertThat(file).startsWith("io/scpgen/scp/things/model/Bbbb"));
    }

    @Test
    void aTurkishLocaleGivesTheSameFilesAndBytes() throws Exception {
        Path docs = page();
        Path here = temp.resolve("here");
        Path turkish = temp.resolve("turkish");
        CliRun run = CliRun.of("generate", "--docs", docs.toString(), "--out", here.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        ForeignLocale.runScpgen(temp, List.of("generate", "--docs", docs.toString(), "--out", turkish.toString()));

        assertThat(files(turkish)).isEqualTo(files(here));
    }

    private Path page() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.write(docs.resolve("things-1.3.txt"), List.of(
                TITLE,
                "https://things.{region}.{environment}.samsungsdscloud.com",
                "1 - " + TITLE + " list",
                "1.1 - 1.3",
                "get /v1/things",
                "Description",
                "List things.",
                "State ACTIVE (CURRENT)",
                "| Version | Supported Until |",
                "|---|",
                "| 1.3 | - |",
                "Responses",
                "| HTTP Code | Description | Schema |",
                "|---|",
                "| 200 | OK | " + MODEL + " |",
                "2 - Models",
                "2.1 - " + MODEL,
                "| Name | Description | Schema | Default |",
                "|---|",
                "| id required | ID | string | None |"));
        return docs;
    }

    /** Every file under {@code root} by its path from there ('/' between names), with its content. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                try {
                    files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
