package io.scpgen.generator.fetch;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Downloads one page of the doc site into a file: redirects followed, a User-Agent, at most {@code maxBytes}, only a
 * {@code 200} answer of type {@code text/html}, and the whole page (connecting, redirects, headers and the last byte
 * of the body) within the timeout, however slowly the server sends it. Anything else is a {@link FetchException}
 * with one line saying what was expected; the target, if begun, is left to the caller's staging folder.
 */
public final class PageFetcher {

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;

    public PageFetcher(Duration timeout, long maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    /** Fetches {@code url} into {@code target} and returns the SHA-256 of its bytes, in lower-case hex. */
    public String fetch(URI url, Path target) throws FetchException {
        if (!url.isAbsolute() || !url.getScheme().matches("(?i)https?") || url.getHost() == null) {
            throw new FetchException("not an http or https URL: expected one such as https://host/path/");
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html")
                .GET()
                .build();
        AtomicReference<PageBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<String>> call = client.sendAsync(request,
                PageBody.into(target, maxBytes, body::set));
        try {
            // one deadline for the whole page: the request's own timeout would stop at the headers
            return call.get(timeout.toNanos(), TimeUnit.NANOSECONDS).body();
        } catch (TimeoutException e) {
            FetchException late = new FetchException("the page did not arrive whole within " + timeout.toSeconds()
                    + " s: expected it within the timeout (--timeout)");
            giveUp(call, body.get(), late);
            throw late;
        } catch (ExecutionException e) {
            throw failure(e.getCause(), url);
        } catch (InterruptedException e) {
            FetchException interrupted = new FetchException("interrupted");
            giveUp(call, body.get(), interrupted);
            Thread.currentThread().interrupt();
            throw interrupted;
        }
    }

    /** Stops the exchange and the writing of the file, whichever has begun. */
    private static void giveUp(CompletableFuture<?> call, PageBody body, FetchException why) {
        call.cancel(true);
        if (body != null) {
            body.abandon(why);
        }
    }

    private static FetchException failure(Throwable cause, URI url) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof FetchException known) {
                return known;
            }
            if (t instanceof ConnectException) {
                return new FetchException("cannot connect to " + url.getHost()
                        + (url.getPort() < 0 ? "" : ":" + url.getPort())
                        + " (connection refused or no route): expected a web server there");
            }
        }
        return new FetchException("request failed (" + PageBody.reason(cause) + ")");
    }
}
