package io.scpgen.generator.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A server on 127.0.0.1 that answers every request at once with {@code 200 text/html} headers and then sends its
 * body one byte a second, at most {@link #BODY_BYTES} bytes: a slow server that a timeout bounding only the headers
 * would wait on for minutes. It stops on {@link #close()} or when the client goes away.
 */
public final class TricklingPageServer implements AutoCloseable {

    public static final int BODY_BYTES = 60;

    private final ServerSocket socket;
    private final Thread thread;
    private final CountDownLatch clientGone = new CountDownLatch(1);

    public TricklingPageServer() {
        try {
            socket = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "trickling-page-server");
        thread.setDaemon(true);
        thread.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                readRequestHead(connection.getInputStream());
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + BODY_BYTES + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (int i = 0; i < BODY_BYTES && !socket.isClosed(); i++) {
                    out.write('<');
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException e) {
                // the client went away, or the server was closed: wait for the next request, if any
                clientGone.countDown();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Whether a client hung up in the middle of a body within {@code wait} (a write to it failed). */
    public boolean clientHungUpWithin(Duration wait) throws InterruptedException {
        return clientGone.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
