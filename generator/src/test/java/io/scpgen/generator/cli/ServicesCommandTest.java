package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on docs of several services, on pages that name their service only in examples, and on none. */
class ServicesCommandTest {

    @TempDir
    Path temp;

    private static Path services(String folder) {
        return SeedDocs.projectRoot().resolve("generator/src/test/resources/services").resolve(folder);
    }

    @Test
    void theTwoPerOperationPagesAloneGiveACompilingVirtualServerSdk() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        for (String page : List.of(SeedDocs.IMAGE_IMPORT, SeedDocs.IMAGE_MEMBERS)) {
            Files.copy(SeedDocs.file(page), docs.resolve(page));
        }
        Path out = temp.resolve("main");

        CliRun run = CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("internal error")
                .contains("model ImageImportRequest is referenced but defined nowhere");
        assertThat(out.resolve("io/scpgen/scp/virtualserver/v1_3")).isDirectory();
        assertThat(compile(out)).as("javac exit code").isZero();
    }

    @Test
    void aFolderOfSeveralServicesGivesASpecFileAPackageAndOpenApiDocumentsPerService() throws IOException {
        Path specs = temp.resolve("specs");
        Path out = temp.resolve("main");
        Path openapi = temp.resolve("openapi");
        String docs = services("five-services").toString();

        CliRun spec = CliRun.of("spec", "--docs", docs, "--out", specs.toString());
        CliRun generate = CliRun.of("generate", "--docs", docs, "--out", out.toString());
        CliRun export = CliRun.of("openapi", "--docs", docs, "--out", openapi.toString());

        assertThat(List.of(spec.exitCode(), generate.exitCode(), export.exitCode())).containsOnly(0);
        assertThat(names(specs)).containsExactly("baremetal-blockstorage.json", "direct-connect.json", "dns.json",
                "filestorage.json", "parallelfilestorage.json", "product.json");
        assertThat(Files.readString(specs.resolve("dns.json"))).contains("\"name\": \"dns\"")
                .doesNotContain("/v1/snapshots");
        assertThat(names(out.resolve("io/scpgen/scp"))).containsExactly("baremetalblockstorage", "directconnect", "dns",
                "filestorage", "parallelfilestorage", "product");
        assertThat(names(openapi)).contains("direct-connect-1.0.openapi.json", "direct-connect-1.1.openapi.json",
                "filestorage-1.1.openapi.json", "parallelfilestorage-1.0.openapi.json");
        assertThat(compile(out)).as("javac exit code").isZero();
    }

    @Test
    void severalServicesNeedAFolderOrAChoice() throws IOException {
        String docs = services("korean-category").toString();
        Path file = Files.writeString(temp.resolve("spec.json"), "previous");

        CliRun toStdout = CliRun.of("spec", "--docs", docs);
        CliRun toFile = CliRun.of("spec", "--docs", docs, "--out", file.toString());
        CliRun chosen = CliRun.of("spec", "--docs", docs, "--services", "batch");
        CliRun unknown = CliRun.of("spec", "--docs", docs, "--services", "nosuch");

        assertThat(toStdout.exitCode()).isEqualTo(2);
        assertThat(toStdout.err()).contains("the docs hold 2 services [batch, cloudfunctions]: give --out DIR");
        assertThat(toFile.exitCode()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("\"name\": \"batch\"").doesNotContain("cloudfunctions");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--services [nosuch] not in the docs; they hold [batch, cloudfunctions]");
    }

    @Test
    void aPageThatNamesNoServiceIsOneErrorAndExitTwoUnlessTheServiceIsGiven() throws IOException {
        String docs = services("no-service").toString();
        Path out = Files.createDirectories(temp.resolve("main"));
        Files.writeString(out.resolve("Keep.java"), "class Keep {}");

        CliRun unnamed = CliRun.of("generate", "--docs", docs, "--out", out.toString());
        CliRun named = CliRun.of("generate", "--docs", docs, "--out", temp.resolve("named").toString(),
                "--service", "backup");
        CliRun badName = CliRun.of("generate", "--docs", docs, "--out", out.toString(), "--service", "Not A Name");

        assertThat(unnamed.exitCode()).isEqualTo(2);
        assertThat(unnamed.err()).containsPattern("backup-show-1.0.txt:\\d+: error: the page names no service: expected")
                .contains("give --service NAME").doesNotContain("Exception");
        assertThat(out.resolve("Keep.java")).exists();
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(temp.resolve("named/io/scpgen/scp/backup/v1_0")).isDirectory();
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("--service 'Not A Name' is not a service id");
    }

    @Test
    void aCliPageIsNamedByItsCommand() {
        CliRun run = CliRun.of("spec", "--docs", services("cli-only").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"name\": \"filestorage\"").contains("scp-cli filestorage volume list");
    }

    @Test
    void theDiffIsPerServiceAndAServiceRemovedIsBreaking() {
        String two = services("korean-category").toString();
        String cli = services("cli-only").toString();

        CliRun added = CliRun.of("diff", "--old", two, "--new", two, cli, "--format", "json");
        CliRun removed = CliRun.of("diff", "--old", two, cli, "--new", two, "--fail-on-breaking");
        CliRun versions = CliRun.of("diff", "--docs", two, "--format", "md");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("{\n  \"schema\": \"scpgen-diff-services/1\",\n  \"reports\": [")
                .contains("\"service\": \"batch\"", "\"service\": \"cloudfunctions\"", "\"service\": \"filestorage\"")
                .contains("\"kind\": \"service-added\"").doesNotContain("service-removed");
        assertThat(removed.exitCode()).isEqualTo(1);
        assertThat(removed.out()).contains("service filestorage removed");
        assertThat(removed.err()).contains("1 breaking").contains("in 3 services");
        assertThat(versions.exitCode()).as(versions.err()).isZero();
        assertThat(versions.out().indexOf("batch")).isLessThan(versions.out().indexOf("cloudfunctions"));
    }

    @Test
    void idsThatWouldShareAPackageAreAUserErrorNamingBoth() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        String page = Files.readString(SeedDocs.file(SeedDocs.IMAGE_MEMBERS));
        Files.writeString(docs.resolve("a.txt"), page.replace("= virtualserver ", "= direct-connect "));
        Files.writeString(docs.resolve("b.txt"), page.replace("= virtualserver ", "= directconnect "));
        Path out = Files.createDirectories(temp.resolve("main"));
        Files.writeString(out.resolve("Keep.java"), "class Keep {}");

        CliRun clash = CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString());
        CliRun one = CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString(), "--services",
                "direct-connect");

        assertThat(clash.exitCode()).isEqualTo(2);
        assertThat(clash.err()).contains("services [direct-connect, directconnect] would share the package"
                + " io.scpgen.scp.directconnect").doesNotContain("internal error");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(out.resolve("Keep.java")).doesNotExist();
        assertThat(out.resolve("io/scpgen/scp/directconnect/v1_3")).isDirectory();
    }

    @Test
    void specOutIsAFolderUnlessItNamesAJsonFileAndAnUnwritableOneIsAUserError() throws IOException {
        String docs = services("korean-category").toString();
        Path blocker = Files.writeString(temp.resolve("a-file"), "not a folder");

        CliRun folder = CliRun.of("spec", "--docs", docs, "--services", "batch", "--out", temp.resolve("specs").toString());
        CliRun file = CliRun.of("spec", "--docs", docs, "--services", "batch", "--out", temp.resolve("b.json").toString());
        CliRun unwritable = CliRun.of("spec", "--docs", docs, "--out", blocker.resolve("specs").toString());
        CliRun generate = CliRun.of("generate", "--docs", docs, "--out", blocker.resolve("main").toString());

        assertThat(List.of(folder.exitCode(), file.exitCode())).containsOnly(0);
        assertThat(temp.resolve("specs/batch.json")).isRegularFile();
        assertThat(temp.resolve("b.json")).isRegularFile();
        assertThat(unwritable.exitCode()).isEqualTo(2);
        assertThat(unwritable.err()).contains("scpgen: no spec written: cannot write").doesNotContain("internal error");
        assertThat(generate.exitCode()).isEqualTo(2);
        assertThat(generate.err()).contains("scpgen: nothing generated: cannot write").doesNotContain("internal error");
    }

    @Test
    void theDiffComparesTheChosenServicesAndOneSpecFilePerService() throws IOException {
        String two = services("korean-category").toString();
        Path specs = temp.resolve("specs");
        CliRun.of("spec", "--docs", two, "--out", specs.toString());
        Path batch = specs.resolve("batch.json");
        Path copy = Files.copy(batch, temp.resolve("batch-copy.json"));

        CliRun chosen = CliRun.of("diff", "--old", batch.toString(), specs.resolve("cloudfunctions.json").toString(),
                "--new", two, "--services", "batch", "--format", "json");
        CliRun twice = CliRun.of("diff", "--old", batch.toString(), copy.toString(), "--new", two);
        CliRun unknown = CliRun.of("diff", "--docs", two, "--services", "nosuch");

        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("\"schema\": \"scpgen-diff/1\"").contains("\"service\": \"batch\"")
                .doesNotContain("\"service\": \"cloudfunctions\"");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("several spec files hold the service [batch]: expected one file per service");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--services [nosuch] not in the docs; they hold [batch, cloudfunctions]");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Compiles every generated source against the test class path (the runtime); javac's exit code. */
    private static int compile(Path root) throws IOException {
        List<String> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("-d", root.resolveSibling("classes").toString(),
                "-classpath", System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
        args.addAll(sources);
        return javac.run(null, null, null, args.toArray(String[]::new));
    }
}
