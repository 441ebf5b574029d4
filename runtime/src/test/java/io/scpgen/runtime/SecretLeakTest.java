package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.exception.ScpApiException;
import io.scpgen.runtime.testing.CapturedLog;
import io.scpgen.runtime.testing.FakeHome;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provokes every kind of failure and checks that neither the secret key nor any signature that
 * was sent appears in an exception's message, toString or stack trace, in a toString of the
 * configuration objects, or in a log record at any level (the wire log at TRACE).
 */
class SecretLeakTest {
    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);
    private final CapturedLog log = CapturedLog.at(System.Logger.Level.TRACE);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void cleanUp() {
        log.close();
        release.countDown();
        server.close();
    }

    private static ScpRequest<Image> get() {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", Image.class)
                .apiVersion("1.3").pathParameter("id", "img-1").build();
    }

    @Test
    void noFailureRevealsTheSecretOrTheSignature() throws Exception {
        List<Object> exposed = new ArrayList<>();
        ScpClientHandler handler = setup.handler();

        // an error whose body echoes the request headers, as a misbehaving proxy might
        server.always(exchange -> LoopbackServer.respond(exchange, 401,
                "{\"message\":\"bad signature " + exchange.getRequestHeaders().getFirst("Scp-Signature") + "\"}"));
        exposed.add(catchThrowable(() -> handler.execute(get())));
        exposed.add(catchThrowable(() -> handler.executeAsync(get()).join()));

        // retried 503s, which are logged
        server.always(503, "{\"message\":\"busy\"}");
        exposed.add(catchThrowable(() -> handler.execute(get())));

        // a 2xx body that cannot be read
        server.always(200, "not json");
        exposed.add(catchThrowable(() -> handler.execute(get())));

        // a timeout
        server.always(exchange -> awaitRelease());
        exposed.add(catchThrowable(() -> ScpClientHandler.create("virtualserver",
                setup.configuration().requestTimeout(Duration.ofMillis(200)).build()).execute(get())));

        // a refused connection
        exposed.add(catchThrowable(() -> ScpClientHandler.create("virtualserver",
                setup.configuration().endpointOverride(closedPort()).build()).execute(get())));

        // invalid credentials input
        exposed.add(catchThrowable(() -> ScpCredentials.of("ak", TestSetup.SECRET_KEY + "\n")));

        ScpClientConfiguration configuration = setup.configuration().build();
        exposed.add(configuration);
        exposed.add(configuration.credentialsProvider());
        exposed.add(configuration.credentialsProvider().resolveCredentials().orElseThrow());
        exposed.add(handler);
        exposed.add(get());

        List<String> signatures = server.requests().stream()
                .map(request -> request.header("Scp-Signature")).distinct().toList();
        // the fixed test clock makes repeated attempts share a signature; the retries' pauses move it
        assertThat(server.requests()).hasSizeGreaterThan(5);
        assertThat(signatures).hasSizeGreaterThan(1).doesNotContainNull();
        assertThat(exposed).hasSize(12).doesNotContainNull();
        assertThat(log.messages(System.Logger.Level.TRACE)).isNotEmpty();

        List<String> texts = new ArrayList<>(log.lines().stream().map(CapturedLog.Line::message).toList());
        int apiErrors = 0;
        for (Object object : exposed) {
            texts.add(object.toString());
            if (object instanceof Throwable) {
                StringWriter trace = new StringWriter();
                ((Throwable) object).printStackTrace(new PrintWriter(trace));
                texts.add(trace.toString());
                for (Throwable t = (Throwable) object; t != null; t = t.getCause()) {
                    if (t instanceof ScpApiException api) { // what callers log from an API error besides its message
                        texts.add(api.rawBody());
                        texts.add(String.valueOf(api.errorBody()));
                        apiErrors++;
                    }
                }
            }
        }
        assertThat(apiErrors).as("the 401s (sync, async) and the 503").isEqualTo(3);
        for (String text : texts) {
            assertThat(text).doesNotContain(TestSetup.SECRET_KEY);
            for (String signature : signatures) {
                assertThat(text).doesNotContain(signature);
            }
        }
    }

    @Test
    void noProblemWithTheScpconfFilesRevealsTheSecretOrTheAuthToken(@TempDir Path homeFolder) {
        String token = "ToKeN-Do-Not-Leak-1a2b";
        String secret = "fileSeCrEtDoNotLeak4c5d"; // one JSON token, as a parser would quote it whole
        FakeHome home = new FakeHome(homeFolder);
        List<Object> exposed = new ArrayList<>();
        ScpClientConfiguration.Builder fromFiles = ScpClientConfiguration.builder()
                .environmentVariables(Map.<String, String>of()::get).homeDirectory(homeFolder)
                .endpointOverride(server.baseUri());

        // the secret unquoted, so a JSON parser would quote it as the token it stopped at
        home.credentials("{\"access-key\": \"ak\", \"secret-key\": " + secret + ", \"auth-token\": \""
                + token + "\"}");
        exposed.add(catchThrowable(fromFiles::build));
        home.credentials("{\"access-key\": \"ak\", \"secret-key\": \"" + secret + "\\u0000x\"}");
        exposed.add(catchThrowable(fromFiles::build));
        home.credentials("{\"access-key\": \"ak\", \"secret-key\": \"" + secret + "\", \"auth-token\": [\""
                + token + "\"]}");
        exposed.add(catchThrowable(fromFiles::build));

        // a readable file, which is warned about
        Path file = home.credentials("{\"access-key\": \"ak\", \"secret-key\": \"" + secret
                + "\", \"auth-token\": \"" + token + "\"}");
        FakeHome.permissions(file, "rw-rw-rw-");
        ScpClientConfiguration configuration;
        configuration = fromFiles.build();
        List<String> warnings = log.lines().stream()
                .filter(line -> line.logger().equals(ScpConfigFiles.class.getName()))
                .map(CapturedLog.Line::message).toList();
        exposed.addAll(warnings);
        if (FakeHome.hasPosixPermissions()) {
            assertThat(warnings).hasSize(1);
        }
        exposed.add(configuration);
        exposed.add(configuration.credentialsProvider());
        exposed.add(configuration.credentialsProvider().resolveCredentials().orElseThrow());
        exposed.add(ScpConfigFiles.read(homeFolder));

        assertThat(configuration.credentialsProvider().resolveCredentials().orElseThrow().authToken()).contains(token);
        assertThat(exposed).hasSizeGreaterThanOrEqualTo(7).doesNotContainNull();
        for (Object object : exposed) {
            List<String> texts = new ArrayList<>(List.of(object.toString()));
            if (object instanceof Throwable throwable) {
                assertThat(throwable).isInstanceOf(ScpConfigFileException.class);
                StringWriter trace = new StringWriter();
                throwable.printStackTrace(new PrintWriter(trace));
                texts.add(trace.toString());
            }
            for (String text : texts) {
                assertThat(text).doesNotContain(secret).doesNotContain(token);
            }
        }
    }

    private static URI closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
