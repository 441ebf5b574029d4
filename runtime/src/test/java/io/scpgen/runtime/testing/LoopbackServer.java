package io.scpgen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real JDK HTTP server on 127.0.0.1 for runtime tests: answers with queued one-shot handlers,
 * then with a fallback handler, and records every request it receives.
 */
public final class LoopbackServer implements AutoCloseable {
    static {
        // without TCP_NODELAY each answer waits ~40 ms for the client's delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "loopback-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Queue<HttpHandler> queued = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile HttpHandler fallback = exchange -> respond(exchange, 404, "{\"message\":\"nothing queued\"}");

    private LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static LoopbackServer start() {
        try {
            return new LoopbackServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next request not yet answered by an earlier queued handler. */
    public LoopbackServer enqueue(HttpHandler handler) {
        queued.add(handler);
        return this;
    }

    /** Answers the next request with a status, body and header name/value pairs. */
    public LoopbackServer enqueue(int status, String body, String... headerPairs) {
        return enqueue(exchange -> respond(exchange, status, body, headerPairs));
    }

    /** Answers every request once the queue is empty. */
    public LoopbackServer always(HttpHandler handler) {
        fallback = handler;
        return this;
    }

    public LoopbackServer always(int status, String body, String... headerPairs) {
        return always(exchange -> respond(exchange, status, body, headerPairs));
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request but got " + requests.size());
        }
        return requests.get(0);
    }

    public static void respond(HttpExchange exchange, int status, String body, String... headerPairs)
            throws IOException {
        for (int i = 0; i < headerPairs.length; i += 2) {
            exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().putIfAbsent("Content-Type", List.of("application/json"));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
        requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, exchange.getRequestBody().readAllBytes()));
        HttpHandler next = queued.poll();
        (next != null ? next : fallback).handle(exchange);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** What the server received. {@code rawQuery} is {@code null} when the URL had none. */
    public record RecordedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                                  byte[] body) {
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
