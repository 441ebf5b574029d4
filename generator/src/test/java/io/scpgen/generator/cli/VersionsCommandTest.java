package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scpgen versions} against the docs mock serving the docs' own version list, or one altered as SCP would after
 * a release: a version the docs lack, a PLANNED version now CURRENT. The configuration chain reads the environment
 * and home folder each test gives, never the machine's.
 */
class VersionsCommandTest {

    private static final Path PLANNED = SeedDocs.projectRoot()
            .resolve("generator/src/test/resources/services/planned/cloudfunctions-print.txt");

    @TempDir
    Path home;

    private final Map<String, String> environment = new HashMap<>();

    @Test
    void liveVersionsMatchingTheDocsExitZero() {
        try (MockScpServer live = DocsMock.start(spec(SeedDocs.folder(), versions -> { }))) {
            withMockCredentials();

            CliRun run = run("versions", "--docs", SeedDocs.folder().toString(), "--endpoint",
                    live.baseUri().toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("""
                    virtualserver: docs and live %s
                      version  docs        until       live        not before
                      1.0      DEPRECATED  2025-12-31  DEPRECATED  2025-12-31
                      1.1      DEPRECATED  2026-05-31  DEPRECATED  2026-05-31
                      1.2      SUPPORTED   2026-08-31  SUPPORTED   2026-08-31
                      1.3      CURRENT     -           CURRENT     -
                    """.formatted(live.baseUri()));
        }
    }

    @Test
    void aLiveVersionTheDocsLackExitsOneWithTheRegenerateHints() {
        try (MockScpServer live = DocsMock.start(spec(SeedDocs.folder(), versions -> versions.addObject()
                .put("version", "1.4").put("status", "CURRENT").put("supportedUntil", "2027-01-31")))) {
            withMockCredentials();

            CliRun run = run("versions", "--docs", SeedDocs.folder().toString(), "--endpoint",
                    live.baseUri().toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).contains("  1.4      -           -           CURRENT     2027-01-31\n")
                    .contains("\nstale: virtualserver 1.4 is CURRENT live and not in the docs\n"
                            + "regenerate: fetch the docs");
        }
    }

    @Test
    void aPlannedVersionNowCurrentLiveExitsOne() {
        try (MockScpServer live = DocsMock.start(spec(PLANNED, versions -> versions.forEach(version -> {
            if (version.path("status").asText().equals("PLANNED")) {
                ((ObjectNode) version).put("status", "CURRENT");
            }
        })))) {
            withMockCredentials();

            CliRun run = run("versions", "--docs", PLANNED.toString(), "--endpoint", live.baseUri().toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).contains("stale: cloudfunctions 1.1 is PLANNED in the docs and CURRENT live\n");
        }
    }

    @Test
    void withoutAnEndpointTheConfigurationChainGivesIt() {
        try (MockScpServer live = DocsMock.start(spec(SeedDocs.folder(), versions -> ((ObjectNode) versions.get(3))
                .put("status", "SUPPORTED")))) {
            withMockCredentials();
            environment.put("SCP_ENDPOINT_URL", live.baseUri().toString());

            CliRun run = run("versions", "--docs", SeedDocs.folder().toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("virtualserver: docs and live " + live.baseUri() + "\n")
                    .contains("  1.3      CURRENT     -           SUPPORTED   -\n");
            assertThat(run.out()).doesNotContain("stale");
        }
    }

    @Test
    void withoutAnyConfigurationOnlyTheDocsArePrintedWithANote() {
        CliRun run = run("versions", "--docs", SeedDocs.folder().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                virtualserver: docs only (no endpoint given or configured: SCP_ENDPOINT_URL, SCP_REGION and \
                SCP_ENVIRONMENT, or ~/.scpconf/config.json)
                  version  docs        until
                  1.0      DEPRECATED  2025-12-31
                  1.1      DEPRECATED  2026-05-31
                  1.2      SUPPORTED   2026-08-31
                  1.3      CURRENT     -
                """);
    }

    @Test
    void aBadEndpointIsAUserErrorOfOneLine() {
        CliRun run = run("versions", "--docs", SeedDocs.folder().toString(), "--endpoint", "ftp://example");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lastLine(run.err())).isEqualTo("scpgen: no versions compared: endpoint 'ftp://example' is not an"
                + " http or https URL such as https://virtualserver.kr-west1.e.samsungsdscloud.com");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aConfiguredEndpointThatIsNoUrlIsAUserErrorOfOneLine() {
        withMockCredentials();
        environment.put("SCP_ENDPOINT_URL", "ftp://example");

        CliRun run = run("versions", "--docs", SeedDocs.folder().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("scpgen: no versions compared: endpoint must be an http or https URI without"
                + " query or fragment: ftp://example\n");
    }

    @Test
    void anEndpointWithoutCredentialsIsAUserErrorOfOneLine() {
        CliRun run = run("versions", "--docs", SeedDocs.folder().toString(), "--endpoint", "http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lastLine(run.err())).startsWith("scpgen: no versions compared: no credentials for the live service"
                + " at http://127.0.0.1:9: No SCP credentials found: set the environment variables SCP_ACCESS_KEY");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void anUnreachableServiceIsAUserErrorNamingIt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        withMockCredentials();

        CliRun run = run("versions", "--docs", SeedDocs.folder().toString(), "--endpoint",
                "http://127.0.0.1:" + closedPort);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lastLine(run.err())).startsWith("scpgen: no versions compared: cannot read the versions of"
                + " virtualserver at http://127.0.0.1:" + closedPort + ": ").contains("the connection failed");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void credentialsTheServiceRefusesAreAUserErrorOfOneLine() {
        try (MockScpServer live = DocsMock.start(spec(SeedDocs.folder(), versions -> { }))) {
            environment.put("SCP_ACCESS_KEY", "someone-else");
            environment.put("SCP_SECRET_KEY", "not-the-mock-secret");

            CliRun run = run("versions", "--docs", SeedDocs.folder().toString(), "--endpoint",
                    live.baseUri().toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(lastLine(run.err())).startsWith("scpgen: no versions compared: cannot read the versions of"
                    + " virtualserver at " + live.baseUri() + ": GET " + live.baseUri() + "/ failed with HTTP 401");
            assertThat(run.err()).doesNotContain("not-the-mock-secret").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void unreadableDocsAreAUserError() {
        CliRun run = run("versions", "--docs", home.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lastLine(run.err())).startsWith("scpgen: no versions compared: ");
    }

    private void withMockCredentials() {
        environment.put("SCP_ACCESS_KEY", DocsMock.CREDENTIALS.accessKey());
        environment.put("SCP_SECRET_KEY", DocsMock.CREDENTIALS.secretKey());
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new ScpgenCommand());
        commandLine.addSubcommand("versions", new VersionsCommand(environment::get, home));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new CliRun(commandLine.execute(args), out.toString(), err.toString());
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** The spec of the docs at {@code docs} as JSON, its version list changed by {@code alter}. */
    private static JsonNode spec(Path docs, Consumer<ArrayNode> alter) {
        ServiceSpec service = SpecFromDocs.withAllReaders().load(List.of(docs), null).specs().get(0);
        ObjectNode json = SpecJson.mapper().valueToTree(service);
        alter.accept((ArrayNode) json.path("versions"));
        return json;
    }
}
