package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.scpgen.runtime.testing.CapturedLog;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestSetup;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wire log of real calls to a loopback server, captured by the test JVM's logger finder. */
class WireLogTest {
    private static final String IMAGE = "{\"id\":\"img-1\",\"name\":\"web\"}";

    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static ScpRequest<Image> showImage() {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", Image.class).operationName("showImage")
                .apiVersion("1.3").pathParameter("id", "img-1").queryParameter("limit", 5).build();
    }

    @Test
    void logsOneDebugLinePerAttemptThreeOnTwoRetries() {
        server.enqueue(503, "{}", "Scp-Request-Id", "req-1").enqueue(503, "{}").enqueue(200, IMAGE, "X-Request-Id", "req-3");

        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            setup.handler().execute(showImage());

            assertThat(log.lines()).allMatch(line -> line.logger().equals("io.scpgen.runtime.wire"));
            assertThat(log.messages(Level.DEBUG)).hasSize(3).allMatch(line ->
                    line.startsWith("showImage GET /v1/images/img-1?limit=5 [virtualserver 1.3] -> "));
            List<String> lines = log.messages(Level.DEBUG);
            assertThat(lines.get(0)).contains("-> 503 in ").endsWith(" ms, attempt 1, request id req-1; retry in 50 ms");
            assertThat(lines.get(1)).contains("-> 503 in ").endsWith(" ms, attempt 2; retry in 100 ms");
            assertThat(lines.get(2)).contains("-> 200 in ").endsWith(" ms, attempt 3, request id req-3");
            assertThat(log.messages(Level.TRACE)).isEmpty();
        }
    }

    @Test
    void asyncCallsLogTheSameLines() throws Exception {
        server.enqueue(503, "{}").enqueue(200, IMAGE);

        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            setup.handler().executeAsync(showImage()).get(5, TimeUnit.SECONDS);

            assertThat(log.messages(Level.DEBUG)).hasSize(2);
            assertThat(log.messages(Level.DEBUG).get(0)).endsWith("attempt 1; retry in 50 ms");
            assertThat(log.messages(Level.DEBUG).get(1)).contains("-> 200 in ").endsWith("attempt 2");
        }
    }

    @Test
    void aRequestWithoutAnOperationNameIsLoggedByItsMethodAndPathTemplate() {
        server.enqueue(404, "{}");

        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            catchThrowable(() -> setup.handler().execute(ScpRequest.builder(HttpMethod.DELETE, "/v1/images/{id}",
                    Void.class).apiVersion("1.0").pathParameter("id", "a b").build()));

            assertThat(log.messages(Level.DEBUG)).singleElement().asString()
                    .startsWith("DELETE /v1/images/{id} DELETE /v1/images/a%20b [virtualserver 1.0] -> 404 in ");
        }
    }

    @Test
    void logsATransportFailureInsteadOfAStatus() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().endpointOverride(closedPort).retryPolicy(RetryPolicy.none()).build());

        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            catchThrowable(() -> handler.execute(showImage()));

            assertThat(log.messages(Level.DEBUG)).singleElement().asString()
                    .contains("-> no response (GET " + closedPort + "/v1/images/img-1?limit=5 failed")
                    .endsWith("attempt 1");
        }
    }

    @Test
    void traceShowsHeadersAndBodiesWithSecretsMasked() {
        server.enqueue(201, "{\"id\":\"kp-1\",\"private_key\":\"-----BEGIN KEY-----\",\"items\":[{\"token\":\"t-1\"}]}");

        try (CapturedLog log = CapturedLog.at(Level.TRACE)) {
            setup.handler().execute(ScpRequest.builder(HttpMethod.POST, "/v1/keypairs", Map.class).operationName("createKeypair")
                    .apiVersion("1.1").header("X-Auth-Token", "tok-secret")
                    .body(Map.of("name", "kp", "admin_password", "hunter2")).build());

            List<String> trace = log.messages(Level.TRACE);
            assertThat(trace).hasSize(2);
            assertThat(trace.get(0)).startsWith("createKeypair attempt 1 request POST " + server.baseUri() + "/v1/keypairs headers {")
                    .contains("Scp-AccessKey=***", "Scp-Signature=***", "X-Auth-Token=***",
                            "Scp-AccountId=" + TestSetup.ACCOUNT_ID, "Scp-Api-Version=virtualserver 1.1")
                    .contains("\"admin_password\":\"***\"", "\"name\":\"kp\"")
                    .doesNotContain("hunter2", "tok-secret", TestSetup.ACCESS_KEY);
            assertThat(trace.get(1)).startsWith("createKeypair attempt 1 response 201 headers {")
                    .contains("body {\"id\":\"kp-1\",\"private_key\":\"***\",\"items\":[{\"token\":\"***\"}]}")
                    .doesNotContain("BEGIN KEY", "t-1");
        }
    }

    @Test
    void traceCutsLongBodiesAndLeavesOutBodiesThatAreNotJson() {
        String longName = "n".repeat(10_000);
        server.enqueue(200, "{\"id\":\"img-1\",\"name\":\"" + longName + "\"}").enqueue(404, "<html>not found</html>");

        try (CapturedLog log = CapturedLog.at(Level.TRACE)) {
            setup.handler().execute(showImage());
            catchThrowable(() -> setup.handler().execute(showImage()));

            List<String> trace = log.messages(Level.TRACE);
            assertThat(trace.get(1)).endsWith("... (cut at 4096 of 10024 characters)").hasSizeLessThan(5_000);
            assertThat(trace.get(3)).endsWith("body (22 bytes, not JSON: not shown)");
        }
    }

    @Test
    void nothingIsLoggedOrFormattedWhenTheLevelIsOff() {
        server.enqueue(503, "{}").enqueue(200, IMAGE);

        try (CapturedLog log = CapturedLog.at(Level.INFO)) {
            setup.handler().execute(showImage());

            assertThat(log.logCalls()).isZero();
        }
    }
}
