package io.scpgen.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.scpgen.runtime.ScpHeaders;
import io.scpgen.runtime.ScpJson;
import io.scpgen.runtime.auth.ScpCredentials;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for an SCP service on 127.0.0.1 and an ephemeral port, for tests and samples. It
 * answers with canned responses chosen by method, path (or path template) and
 * {@code Scp-Api-Version}, records every request, and, when given credentials, rejects requests
 * whose SCP signature does not verify with {@code 401}. Requests no route matches get
 * {@code 404}. Error answers are JSON: {@code {"code": ..., "message": ...}}. Timestamps are not
 * checked for age, so tests may sign with a fixed clock.
 *
 * <p>Loading this class sets {@code sun.net.httpserver.nodelay=true} unless already set, so that
 * answers are not delayed by ~40 ms each; it takes effect if no JDK HTTP server started before.
 *
 * <pre>{@code
 * try (MockScpServer server = MockScpServer.builder().credentials(ScpCredentials.of("ak", "sk")).start()) {
 *     server.stub(Route.of("GET", "/v1/images/{image_id}").withApiVersion("virtualserver 1.3"),
 *             CannedResponse.json(200, "{\"id\":\"img-1\"}"));
 *     // point a client at server.baseUri() ...
 *     assertThat(server.lastRequest().path()).isEqualTo("/v1/images/img-1");
 * }
 * }</pre>
 */
public final class MockScpServer implements AutoCloseable {
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY every answer waits
        // for the client's delayed ACK (~40 ms). The JDK reads this once, when its first server starts.
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final SignatureVerifier verifier;
    private final List<Stub> stubs = new ArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private MockScpServer(Builder builder) throws IOException {
        this.verifier = builder.verifySignatures && builder.credentials != null
                ? new SignatureVerifier(builder.credentials) : null;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mock-scp-server");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server that does not check signatures. */
    public static MockScpServer start() {
        return builder().start();
    }

    /** A builder for a server that checks signatures or not. */
    public static Builder builder() {
        return new Builder();
    }

    /** The server's root, e.g. {@code http://127.0.0.1:50123}; use it as the client's endpoint. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers requests matching {@code route} with {@code response}; replaces an earlier stub of the same route. */
    public MockScpServer stub(Route route, CannedResponse response) {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(response, "response");
        synchronized (stubs) {
            stubs.removeIf(stub -> stub.route.equals(route));
            stubs.add(new Stub(route, response));
        }
        return this;
    }

    /** Shorthand for {@code stub(Route.of(method, pathTemplate), response)}. */
    public MockScpServer stub(String method, String pathTemplate, CannedResponse response) {
        return stub(Route.of(method, pathTemplate), response);
    }

    /** Every request received so far, in order of arrival, including rejected ones. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * The most recent request.
     *
     * @throws IllegalStateException if none arrived
     */
    public RecordedRequest lastRequest() {
        List<RecordedRequest> received = requests();
        if (received.isEmpty()) {
            throw new IllegalStateException("the mock server has received no request");
        }
        return received.get(received.size() - 1);
    }

    /** Forgets the recorded requests; stubs stay. */
    public void clearRequests() {
        requests.clear();
    }

    /** Stops the server and frees its port. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "MockScpServer[" + baseUri() + ", verifies signatures: " + (verifier != null) + "]";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes());
            requests.add(request);
            send(exchange, answer(request));
        }
    }

    private CannedResponse answer(RecordedRequest request) {
        if (verifier != null) {
            Optional<String> problem = verifier.problemWith(request, signedUrl(request));
            if (problem.isPresent()) {
                return error(401, "Unauthorized", "signature check failed: " + problem.get());
            }
        }
        String apiVersion = request.header(ScpHeaders.API_VERSION).orElse(null);
        return bestStubFor(request, apiVersion)
                .orElseGet(() -> error(404, "NotFound", "no canned response for " + request.method() + " "
                        + request.path() + (apiVersion == null ? "" : " with " + ScpHeaders.API_VERSION + ": " + apiVersion)));
    }

    private Optional<CannedResponse> bestStubFor(RecordedRequest request, String apiVersion) {
        List<Stub> candidates;
        synchronized (stubs) {
            candidates = new ArrayList<>(stubs);
        }
        Stub best = null;
        for (Stub stub : candidates) {
            // later stubs win ties, so ">=" rather than ">"
            if (stub.route.matches(request.method(), request.path(), apiVersion)
                    && (best == null || stub.route.specificity() >= best.route.specificity())) {
                best = stub;
            }
        }
        return Optional.ofNullable(best).map(stub -> stub.response);
    }

    /** The URL as the client saw it when signing: its Host header plus the raw path and query. */
    private String signedUrl(RecordedRequest request) {
        String host = request.header("Host").orElse(baseUri().getRawAuthority());
        return "http://" + host + request.path() + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
    }

    private static CannedResponse error(int status, String code, String message) {
        ObjectNode body = ScpJson.mapper().createObjectNode().put("code", code).put("message", message);
        return CannedResponse.json(status, body.toString());
    }

    private static void send(HttpExchange exchange, CannedResponse response) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        if (body.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Stub(Route route, CannedResponse response) {
    }

    /** Chooses whether the server checks signatures. */
    public static final class Builder {
        private ScpCredentials credentials;
        private boolean verifySignatures = true;
        private int port;

        private Builder() {
        }

        /**
         * Checks every request's signature with these credentials: the access key must match, the
         * account id too when the credentials have one, and the signature must verify with the secret.
         */
        public Builder credentials(ScpCredentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Whether to check signatures when credentials are given. Default {@code true}. */
        public Builder verifySignatures(boolean verifySignatures) {
            this.verifySignatures = verifySignatures;
            return this;
        }

        /** The loopback port to listen on; 0 (the default) for any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** Starts the server. */
        public MockScpServer start() {
            try {
                return new MockScpServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the mock SCP server", e);
            }
        }
    }
}
