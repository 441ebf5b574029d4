package io.scpgen.runtime;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One attempt's exchange, bounded whole: from sending to the last byte of the body (java.net.http's own request
 * timeout ends at the response headers). At its deadline the response fails with a
 * {@link java.util.concurrent.TimeoutException} and the exchange is cancelled, which closes its connection, so no
 * thread goes on reading a body nobody waits for.
 */
final class BoundedExchange {
    private final CompletableFuture<HttpResponse<byte[]>> exchange;
    private final CompletableFuture<HttpResponse<byte[]>> response;

    private BoundedExchange(HttpClient client, HttpRequest request, Duration timeout) {
        exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        CompletableFuture<HttpResponse<byte[]>> bounded = new CompletableFuture<>();
        exchange.whenComplete((answer, error) -> {
            if (error == null) {
                bounded.complete(answer);
            } else {
                bounded.completeExceptionally(error);
            }
        });
        // completes after the cancel ran: whoever sees the timeout sees a stopped exchange. A timeout fires on the
        // JVM's one timer thread, so what follows it (interceptors, a retry) is handed to the common pool; any other
        // outcome goes on where it is, without a thread hop per call
        response = new CompletableFuture<>();
        bounded.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS).whenComplete((answer, error) -> {
            if (error == null) {
                response.complete(answer);
                return;
            }
            exchange.cancel(true);
            if (error instanceof TimeoutException) {
                ForkJoinPool.commonPool().execute(() -> response.completeExceptionally(error));
            } else {
                response.completeExceptionally(error);
            }
        });
    }

    /** Sends the request; the body is read whole into memory (small JSON). */
    static BoundedExchange send(HttpClient client, HttpRequest request, Duration timeout) {
        return new BoundedExchange(client, request, timeout);
    }

    /** The whole response, or the failure: the exchange's own, or a timeout. */
    CompletableFuture<HttpResponse<byte[]>> response() {
        return response;
    }

    /** Stops the exchange (the waiting thread was interrupted). */
    void cancel() {
        exchange.cancel(true);
    }
}
