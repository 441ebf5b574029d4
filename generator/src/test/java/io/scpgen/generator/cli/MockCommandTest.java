package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code scpgen mock} serves the docs mock, and a request signed by the README's openssl one-liner gets through, to an
 * operation and to {@code GET /}, the version information.
 */
class MockCommandTest {

    @Test
    void servesTheDocsExamplesToARequestSignedWithOpenssl() throws Exception {
        MockCommand command = new MockCommand();
        CommandLine commandLine = new CommandLine(command);
        PipedReader pipe = new PipedReader();
        commandLine.setOut(new PrintWriter(new PipedWriter(pipe), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> commandLine.execute("--docs", SeedDocs.folder().toString()));
        BufferedReader out = new BufferedReader(pipe);
        try {
            String first = out.readLine();
            assertThat(first).startsWith("docs mock: http://127.0.0.1:");
            assertThat(out.readLine()).isEqualTo(
                    "credentials: SCP_ACCESS_KEY=docs-mock-access-key SCP_SECRET_KEY=docs-mock-secret-key");
            String base = first.substring("docs mock: ".length());

            Process curl = new ProcessBuilder("bash", SeedDocs.projectRoot().resolve("scripts/signed-curl.sh").toString(),
                    base + "/v1/images?limit=20", "1.1").redirectErrorStream(true).start();
            String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(curl.exitValue()).as(answer).isZero();
            assertThat(answer).contains("\"id\":\"70a599e0-31e7-49b7-b260-868f441e862b\"");

            Process versions = new ProcessBuilder("bash", SeedDocs.projectRoot().resolve("scripts/signed-curl.sh")
                    .toString(), base + "/").redirectErrorStream(true).start();
            String list = new String(versions.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(versions.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(list).as("GET / answers the version information").startsWith("{\"versions\":[{\"id\":\"v1.0\",")
                    .contains("{\"id\":\"v1.3\",\"links\":[{\"href\":\"" + base + "/v1\",\"rel\":\"self\"}],"
                            + "\"not_before\":null,\"status\":\"CURRENT\"}");
        } finally {
            command.stop.countDown();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aBadPortIsAUsageError() {
        CliRun run = CliRun.of("mock", "--docs", SeedDocs.folder().toString(), "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port 70000 is not a port");
    }
}
