package io.scpgen.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import io.scpgen.runtime.ScpJson;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every sample runs against the docs mock; what it prints is checked. */
class SamplesTest {

    private record Run(int exitCode, List<String> out, String err) {
    }

    @TempDir
    Path home;

    private Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Samples.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment::get, home);
        return new Run(code, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutArgumentsItListsTheSamples() {
        Run run = run(Map.of());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).first().isEqualTo("usage: java -jar scpgen-samples.jar <sample>");
        assertThat(run.out()).anyMatch(l -> l.contains("list-images")).anyMatch(l -> l.contains("version-aware"))
                .anyMatch(l -> l.contains("observe"));
    }

    @Test
    void listImagesWalksThePagesOfTheDocsMock() {
        Run run = run(Map.of(), "list-images");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().get(0)).startsWith("Calling the docs mock at http://127.0.0.1:");
        assertThat(run.out().subList(1, run.out().size())).containsExactly(
                "image 70a599e0-31e7-49b7-b260-868f441e862b  imagename  active  private", "1 image");
    }

    @Test
    void showImageShowsTheImageAndItsMembers() {
        Run run = run(Map.of(), "show-image");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("image 70a599e0-31e7-49b7-b260-868f441e862b  imagename  alma  min disk 100 GB",
                "member a8f10467abfc4b87b64614ab36eb9ae4  pending");
    }

    @Test
    void keypairCreatesAndDeletesWithoutPrintingThePrivateKey() {
        Run run = run(Map.of(), "keypair");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("deleted keypair keypairname")
                .anyMatch(l -> l.startsWith("created keypair keypairname  type ssh") && l.endsWith("private key received"));
        assertThat(String.join("\n", run.out())).doesNotContain("BEGIN RSA PRIVATE KEY");
    }

    @Test
    void versionAwareUses13WhereItCanAnd11Otherwise() {
        Run run = run(Map.of(), "version-aware");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("pending images (API 1.3): 1, GPU driver of the first: 535.183.06",
                "keypairs (API 1.1, the newest version that documents them): 1");
    }

    @Test
    void observeLogsEachAttemptAndPrintsEachCallsMetrics() {
        Run run = run(Map.of(), "observe");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().subList(1, run.out().size())).hasSize(6).satisfiesExactly(
                line -> assertThat(line).matches("\\[wire] listPendingImages GET /v1/pending-images"
                        + " \\[virtualserver 1\\.3] -> 200 in \\d+ ms, attempt 1"),
                line -> assertThat(line).matches("metrics listPendingImages  API 1\\.3  ok  attempts 1  status 200  \\d+ ms"),
                line -> assertThat(line).matches("\\[wire] listKeypairs GET /v1/keypairs"
                        + " \\[virtualserver 1\\.1] -> 200 in \\d+ ms, attempt 1"),
                line -> assertThat(line).matches("metrics listKeypairs  API 1\\.1  ok  attempts 1  status 200  \\d+ ms"),
                line -> assertThat(line).matches("\\[wire] listImages GET /v1/images\\?limit=1"
                        + " \\[virtualserver 1\\.1] -> 200 in \\d+ ms, attempt 1"),
                line -> assertThat(line).matches("metrics listImages  API 1\\.1  ok  attempts 1  status 200  \\d+ ms"));
    }

    @Test
    void afterObserveTheWireLogIsOffAgain() {
        run(Map.of(), "observe");

        Run run = run(Map.of(), "version-aware");

        assertThat(run.out()).noneMatch(line -> line.startsWith("[wire]"));
        assertThat(java.util.logging.Logger.getLogger("io.scpgen.runtime.wire").getHandlers()).isEmpty();
    }

    @Test
    void withAnEndpointAndCredentialsItCallsThatEndpoint() throws Exception {
        try (InputStream spec = Samples.class.getResourceAsStream("virtualserver.json");
             MockScpServer elsewhere = DocsMock.start(ScpJson.mapper().readTree(spec))) {
            Run run = run(Map.of("SCP_ENDPOINT_URL", elsewhere.baseUri().toString(),
                    "SCP_ACCESS_KEY", DocsMock.CREDENTIALS.accessKey(),
                    "SCP_SECRET_KEY", DocsMock.CREDENTIALS.secretKey()), "list-images");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().get(0)).isEqualTo("Calling " + elsewhere.baseUri() + " with the credentials of"
                    + " SCP_ACCESS_KEY or ~/.scpconf");
            assertThat(elsewhere.requests()).isNotEmpty();
        }
    }

    @Test
    void withTheFilesOfScpsOwnToolsItCallsTheirEndpoint() throws Exception {
        try (InputStream spec = Samples.class.getResourceAsStream("virtualserver.json");
             MockScpServer elsewhere = DocsMock.start(ScpJson.mapper().readTree(spec))) {
            Path folder = Files.createDirectories(home.resolve(".scpconf"));
            Files.writeString(folder.resolve("credentials.json"), "{\"access-key\": \""
                    + DocsMock.CREDENTIALS.accessKey() + "\", \"secret-key\": \"" + DocsMock.CREDENTIALS.secretKey() + "\"}");
            Files.writeString(folder.resolve("config.json"), "{\"endpoint-override\": \"" + elsewhere.baseUri() + "\"}");

            Run run = run(Map.of(), "list-images");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().get(0)).isEqualTo("Calling " + elsewhere.baseUri() + " with the credentials of"
                    + " SCP_ACCESS_KEY or ~/.scpconf");
            assertThat(elsewhere.requests()).isNotEmpty();
        }
    }

    @Test
    void aMalformedConfigFileIsOneLineAndExitTwo() throws Exception {
        Path config = Files.writeString(Files.createDirectories(home.resolve(".scpconf")).resolve("config.json"), "[]");

        Run run = run(Map.of(), "list-images");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(config + ": expected a JSON object such as {\"default-region\": \"kr-west1\","
                + " \"account-id\": \"...\"}, found an array" + System.lineSeparator());
    }

    @Test
    void wrongCredentialsFailWithOneLineAndExitOne() throws Exception {
        try (InputStream spec = Samples.class.getResourceAsStream("virtualserver.json");
             MockScpServer elsewhere = DocsMock.start(ScpJson.mapper().readTree(spec))) {
            Run run = run(Map.of("SCP_ENDPOINT_URL", elsewhere.baseUri().toString(),
                    "SCP_ACCESS_KEY", DocsMock.CREDENTIALS.accessKey(), "SCP_SECRET_KEY", "wrong-secret"),
                    "list-images");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("list-images failed: ").doesNotContain("wrong-secret");
        }
    }

    @Test
    void anUnknownSampleIsAUsageError() {
        Run run = run(Map.of(), "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown sample 'nope'");
    }
}
