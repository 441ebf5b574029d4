package io.scpgen.generator.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A doc site on 127.0.0.1 for fetch tests: pages, redirects and failures by path; it records the User-Agents. */
public final class LocalDocSite implements AutoCloseable {

    private record Answer(int status, String contentType, byte[] body, String location) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    public LocalDocSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public LocalDocSite page(String path, String html) {
        return serve(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public LocalDocSite serve(String path, int status, String contentType, byte[] body) {
        answers.put(path, new Answer(status, contentType, body, null));
        return this;
    }

    public LocalDocSite redirect(String path, String to) {
        answers.put(path, new Answer(302, "text/html", new byte[0], to));
        return this;
    }

    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void answer(HttpExchange exchange) throws IOException {
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(),
                new Answer(404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8), null));
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        if (answer.location() != null) {
            exchange.getResponseHeaders().set("Location", answer.location());
        }
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
