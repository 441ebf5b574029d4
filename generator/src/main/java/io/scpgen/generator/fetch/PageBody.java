package io.scpgen.generator.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * The body of one page as it arrives, streamed into its file: only a {@code 200} answer of type {@code text/html} is
 * taken, at most {@code maxBytes} of it; the body is the SHA-256 of the bytes written, in lower-case hex. Anything
 * else completes the body with a {@link FetchException} and stops the download.
 */
final class PageBody implements HttpResponse.BodySubscriber<String> {

    private final CompletableFuture<String> sha256 = new CompletableFuture<>();
    private final Path target;
    private final long maxBytes;
    private final FetchException refusal;
    private final MessageDigest digest = Sha256.newDigest();
    private Flow.Subscription subscription;
    private OutputStream out;
    private long written;

    private PageBody(HttpResponse.ResponseInfo response, Path target, long maxBytes) {
        this.target = target;
        this.maxBytes = maxBytes;
        this.refusal = refusal(response, maxBytes);
    }

    /** The handler that gives every final answer (redirects followed) a {@code PageBody} writing to {@code target}. */
    static HttpResponse.BodyHandler<String> into(Path target, long maxBytes, Consumer<PageBody> started) {
        return response -> {
            PageBody body = new PageBody(response, target, maxBytes);
            started.accept(body);
            return body;
        };
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (refusal != null) {
            stop(refusal);
            return;
        }
        try {
            out = new DigestOutputStream(Files.newOutputStream(target), digest);
        } catch (IOException e) {
            stop(new FetchException("cannot write " + target + " (" + reason(e) + ")"));
            return;
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (sha256.isDone()) {
            return;
        }
        try {
            for (ByteBuffer buffer : buffers) {
                written += buffer.remaining();
                if (written > maxBytes) {
                    stop(overCap(maxBytes));
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.write(bytes);
            }
        } catch (IOException e) {
            stop(new FetchException("cannot write " + target + " (" + reason(e) + ")"));
            return;
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onError(Throwable error) {
        close();
        sha256.completeExceptionally(new FetchException("the download broke off (" + reason(error)
                + "): expected the whole page"));
    }

    @Override
    public synchronized void onComplete() {
        if (sha256.isDone()) {
            return;
        }
        try {
            out.close();
            sha256.complete(Sha256.hex(digest));
        } catch (IOException e) {
            sha256.completeExceptionally(new FetchException("cannot write " + target + " (" + reason(e) + ")"));
        }
    }

    @Override
    public CompletionStage<String> getBody() {
        return sha256;
    }

    /** Gives up on the page (its time is up): no more bytes are asked for or written. */
    synchronized void abandon(FetchException why) {
        stop(why);
    }

    private void stop(FetchException why) {
        if (subscription != null) {
            subscription.cancel();
        }
        close();
        sha256.completeExceptionally(why);
    }

    private void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            // the page failed already; the staging folder it was written to is deleted
        }
    }

    private static FetchException refusal(HttpResponse.ResponseInfo response, long maxBytes) {
        if (response.statusCode() != 200) {
            return new FetchException("HTTP " + response.statusCode() + ": expected 200 with an HTML page");
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("text/html")) {
            return new FetchException("content type '" + type + "': expected text/html, a page of the doc site");
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        return length.isPresent() && length.getAsLong() > maxBytes ? overCap(maxBytes) : null;
    }

    private static FetchException overCap(long maxBytes) {
        return new FetchException("larger than " + maxBytes + " bytes: expected a page within the size cap"
                + " (--max-size)");
    }

    static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
