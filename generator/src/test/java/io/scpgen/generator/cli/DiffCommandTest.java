package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final String REFERENCE = SeedDocs.file(SeedDocs.REFERENCE_1_1).toString();
    private static final String ALL = SeedDocs.folder().toString();

    @TempDir
    Path temp;

    @Test
    void theSeedSnapshotsAsMarkdownOnStandardOutput() throws IOException {
        CliRun run = CliRun.of("diff", "--old", REFERENCE, "--new", ALL, "--fail-on-breaking");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(golden("virtualserver-snapshots.md"));
        assertThat(run.err()).contains("diff: 0 breaking, 113 warning, 19 info");
    }

    @Test
    void theReverseDirectionBreaksAndFailsWithFailOnBreakingButStillWritesTheReport() throws IOException {
        Path out = temp.resolve("reports/diff.json");

        CliRun run = CliRun.of("diff", "--old", ALL, "--new", REFERENCE, "--format", "json", "--out", out.toString(),
                "--fail-on-breaking");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("diff: 8 breaking, 0 warning, 120 info; written to " + out)
                .contains("scpgen: 8 breaking changes (--fail-on-breaking)").doesNotContain("internal error");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"breaking\": 8,")
                .contains("\"kind\": \"api-version-removed\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void withoutFailOnBreakingBreakingChangesStillExitZero() {
        CliRun run = CliRun.of("diff", "--old", ALL, "--new", REFERENCE, "--out", temp.resolve("d.md").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theOldSideMayBeTheCommittedSpecFile() {
        CliRun run = CliRun.of("diff", "--old", SeedDocs.projectRoot().resolve("spec/virtualserver.json").toString(),
                "--new", ALL, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"old\": [\n    \"virtualserver.json\"\n  ]").contains("\"total\": 0");
    }

    @Test
    void docsComparesTheVersionsInsideOneSnapshot() throws IOException {
        CliRun run = CliRun.of("diff", "--docs", ALL);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(golden("virtualserver-versions.md"));
    }

    @Test
    void htmlGoesToTheOutFileWhichReplacesThePreviousOne() throws IOException {
        Path out = Files.writeString(temp.resolve("diff.html"), "previous");

        CliRun run = CliRun.of("diff", "--old", REFERENCE, "--new", ALL, "--format", "html", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(golden("virtualserver-snapshots.html"));
    }

    @Test
    void aUserTemplateRendersTheReport() throws IOException {
        Path template = Files.writeString(temp.resolve("count.mustache"),
                "{{#summary}}{{severity}}={{count}} {{/summary}}\n");

        CliRun run = CliRun.of("diff", "--old", REFERENCE, "--new", ALL, "--template", template.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("BREAKING=0 WARNING=113 INFO=19 \n");
    }

    @Test
    void aBrokenTemplateIsAUserErrorAndWritesNothing() throws IOException {
        Path template = Files.writeString(temp.resolve("broken.mustache"), "{{#summary}}");
        Path out = temp.resolve("diff.md");

        CliRun run = CliRun.of("diff", "--docs", ALL, "--template", template.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("scpgen: no report written: template " + template + " cannot be used")
                .doesNotContain("Exception:").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void optionsThatDoNotGoTogetherAreUsageErrors() {
        assertUsageError(CliRun.of("diff", "--docs", ALL, "--old", REFERENCE), "give either --docs");
        assertUsageError(CliRun.of("diff", "--old", REFERENCE), "--old and --new go together");
        assertUsageError(CliRun.of("diff"), "give --old and --new, or --docs");
        assertUsageError(CliRun.of("diff", "--docs", ALL, "--format", "pdf"), "--format pdf is not one of md|html|json");
        assertUsageError(CliRun.of("diff", "--docs", ALL, "--format", "json", "--template", "t.mustache"),
                "--template applies to md and html");
    }

    @Test
    void aMissingInputIsAUserErrorNamingIt() {
        CliRun run = CliRun.of("diff", "--old", temp.resolve("absent.txt").toString(), "--new", ALL);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("absent.txt:0: error: no such file or folder")
                .contains("scpgen: no report written: --old: nothing could be read")
                .as("the new side is not read once the old one failed").doesNotContain(SeedDocs.IMAGE_IMPORT);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnreadableInputBesideReadableOnesIsAUserErrorToo() {
        CliRun run = CliRun.of("diff", "--old", REFERENCE, "--new", ALL, temp.resolve("absent.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("scpgen: no report written: --new: an input is missing or unreadable");
    }

    @Test
    void aSpecFileThatIsNotASpecIsAUserErrorWithItsLine() throws IOException {
        Path broken = Files.writeString(temp.resolve("spec.json"), "{\n  \"name\": \"x\",\n  oops\n}");
        Path other = Files.writeString(temp.resolve("other.json"), "{\"openapi\": \"3.1.0\"}");

        CliRun invalid = CliRun.of("diff", "--old", broken.toString(), "--new", ALL);
        CliRun notASpec = CliRun.of("diff", "--old", other.toString(), "--new", ALL);

        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains(broken + ":3: error: not a readable scpgen spec: ");
        assertThat(notASpec.exitCode()).isEqualTo(2);
        assertThat(notASpec.err()).contains(other + ":1: error: not a scpgen spec: ")
                .contains("scpgen: no report written: --old: nothing could be read");
    }

    @Test
    void strictFailsOnDocErrors() throws IOException {
        Path doc = BrokenDocs.unknownSchema(temp);

        CliRun lenient = CliRun.of("diff", "--docs", doc.toString());
        CliRun strict = CliRun.of("diff", "--docs", doc.toString(), "--strict");

        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("bad.txt:6: error: unknown schema 'strng'")
                .contains("no report written: --docs: the docs have errors (--strict)");
    }

    @Test
    void anOutThatCannotBeWrittenIsAUserError() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        CliRun run = CliRun.of("diff", "--docs", SeedDocs.file(SeedDocs.IMAGE_IMPORT).toString(),
                "--out", file.resolve("diff.md").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("scpgen: cannot write " + file.resolve("diff.md"))
                .doesNotContain("internal error");
    }

    @Test
    void theRootCommandListsDiff() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).contains("diff");
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("Usage: scpgen diff");
        assertThat(run.out()).isEmpty();
    }

    private static String golden(String name) throws IOException {
        return Files.readString(SeedDocs.projectRoot().resolve("generator/src/test/resources/golden/diff")
                .resolve(name), StandardCharsets.UTF_8);
    }
}
