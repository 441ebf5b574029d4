package io.scpgen.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** The calls against a JDK HTTP server on 127.0.0.1: the end-to-end figure. */
public class LoopbackImageCallBenchmark extends ImageCallBenchmark {
    private HttpServer server;

    @Override
    protected HttpClient start(byte[] responseBody) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, responseBody.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(responseBody);
            }
        });
        server.start();
        // the server speaks HTTP/1.1 only; saying so skips the client's h2c upgrade attempt
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    protected URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    protected void stop() {
        server.stop(0);
    }
}
