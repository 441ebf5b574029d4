package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesSourcesAndTestsOfTheChosenVersionsAndReportsTheDocsLint() throws IOException {
        Path out = temp.resolve("main");
        Path tests = temp.resolve("test");

        CliRun run = CliRun.of("generate", "--docs", SeedDocs.folder().toString(), "--out", out.toString(),
                "--tests", tests.toString(), "--package", "com.example.scp", "--versions", "1.2,1.3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path service = out.resolve("com/example/scp/virtualserver");
        assertThat(service.resolve("v1_3/VirtualServerClient.java")).exists();
        assertThat(service.resolve("v1_2/VirtualServerClient.java")).exists();
        assertThat(service.resolve("v1_1")).doesNotExist();
        assertThat(service.resolve("model/ImageListResponseV1Dot2.java")).exists();
        assertThat(service.resolve("model/AutoScalingGroup.java")).as("used by 1.0 and 1.1 only").doesNotExist();
        assertThat(tests.resolve("com/example/scp/virtualserver/v1_3/ImagesApiTest.java")).exists();
        assertThat(run.err()).containsPattern("docs lint: \\d+ examples? disagrees? with their models");
    }

    @Test
    void regeneratingKeepsUnchangedFilesUntouchedAndRemovesStaleOnes() throws IOException {
        Path out = temp.resolve("main");
        CliRun.of("generate", "--docs", SeedDocs.folder().toString(), "--out", out.toString());
        Path client = out.resolve("io/scpgen/scp/virtualserver/v1_3/VirtualServerClient.java");
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(client, past);
        Path stale = out.resolve("io/scpgen/scp/virtualserver/v1_3/RemovedOperationRequest.java");
        Files.writeString(stale, "class RemovedOperationRequest {}");

        CliRun again = CliRun.of("generate", "--docs", SeedDocs.folder().toString(), "--out", out.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(client)).isEqualTo(past);
        assertThat(stale).doesNotExist();
        assertThat(again.err()).contains("0 files written").contains("1 removed");
    }

    @Test
    void badInputLeavesThePreviousOutputIntactAndExitsTwo() throws IOException {
        Path out = temp.resolve("main");
        Files.createDirectories(out);
        Files.writeString(out.resolve("Keep.java"), "class Keep {}");

        CliRun missing = CliRun.of("generate", "--docs", temp.resolve("absent").toString(), "--out", out.toString());
        CliRun badVersion = CliRun.of("generate", "--docs", SeedDocs.folder().toString(), "--out", out.toString(),
                "--versions", "9.9");
        CliRun badPackage = CliRun.of("generate", "--docs", SeedDocs.folder().toString(), "--out", out.toString(),
                "--package", "Not A Package");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err()).contains("--versions [9.9] not in the docs");
        assertThat(badPackage.exitCode()).isEqualTo(2);
        assertThat(badPackage.err()).contains("--package 'Not A Package' is not a Java package name");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("Keep.java"));
        }
        assertThat(missing.err() + badVersion.err() + badPackage.err()).doesNotContain("Exception");
    }
}
