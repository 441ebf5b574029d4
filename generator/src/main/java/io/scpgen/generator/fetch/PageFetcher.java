package io.scpgen.generator.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Downloads one page of the doc site into a file: redirects followed, a timeout, a User-Agent, at most
 * {@code maxBytes}, and only a {@code 200} answer of type {@code text/html}. Anything else is a
 * {@link FetchException} with one line saying what was expected; the target, if begun, is left to the caller's
 * staging folder.
 */
public final class PageFetcher {

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;

    public PageFetcher(Duration timeout, long maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    /** Fetches {@code url} into {@code target} and returns the SHA-256 of its bytes, in lower-case hex. */
    public String fetch(URI url, Path target) throws FetchException {
        if (!url.isAbsolute() || !url.getScheme().matches("(?i)https?") || url.getHost() == null) {
            throw new FetchException("not an http or https URL: expected one such as https://host/path/");
        }
        HttpResponse<InputStream> response = send(url);
        try (InputStream body = response.body()) {
            check(response);
            return copy(body, target);
        } catch (IOException e) {
            throw new FetchException("the download broke off (" + reason(e) + "): expected the whole page");
        }
    }

    private HttpResponse<InputStream> send(URI url) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html")
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("no answer within " + timeout.toSeconds() + " s: expected the server to respond");
        } catch (ConnectException e) {
            throw new FetchException("cannot connect to " + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                    + " (connection refused or no route): expected a web server there");
        } catch (IOException e) {
            throw new FetchException("request failed (" + reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
    }

    private void check(HttpResponse<InputStream> response) throws FetchException {
        if (response.statusCode() != 200) {
            throw new FetchException("HTTP " + response.statusCode() + ": expected 200 with an HTML page");
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("text/html")) {
            throw new FetchException("content type '" + type + "': expected text/html, a page of the doc site");
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            throw overCap();
        }
    }

    /** Copies at most {@code maxBytes}; a longer body (whatever its Content-Length said) is refused. */
    private String copy(InputStream body, Path target) throws IOException, FetchException {
        MessageDigest sha256 = Sha256.newDigest();
        long total = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw overCap();
                }
                out.write(buffer, 0, n);
            }
        }
        return Sha256.hex(sha256);
    }

    private FetchException overCap() {
        return new FetchException("larger than " + maxBytes + " bytes: expected a page within the size cap"
                + " (--max-size)");
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
