package io.scpgen.runtime;

import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.auth.ScpSigner;
import io.scpgen.runtime.exception.ScpClientException;
import io.scpgen.runtime.exception.ScpException;
import io.scpgen.runtime.exception.ScpTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One call from its first attempt to its result: the attempt loop (sign, send, read, retry), the interceptors at
 * each step, and the wire log. The call's own overrides win over the configuration. The blocking and the
 * asynchronous path share every step but the waiting. Each attempt is bounded whole, from sending to the last body
 * byte, by the request timeout or the rest of the retry policy's total time, whichever ends first; the pauses count
 * towards the total time too, so the call ends within it.
 */
final class CallExecution<T> {
    private final PreparedCall<T> call;
    private final ScpClientConfiguration configuration;
    private final ResponseReader responses;
    private final Duration requestTimeout;
    private final RetryTracker retries;
    private final InterceptorChain interceptors;
    private final CallContext context;

    CallExecution(String serviceName, PreparedCall<T> call, ScpRequestOverrides overrides,
                  ScpClientConfiguration configuration, ResponseReader responses) {
        this.call = call;
        this.configuration = configuration;
        this.responses = responses;
        this.requestTimeout = overrides.requestTimeout().orElse(configuration.requestTimeout());
        this.retries = new RetryTracker(overrides.retryPolicy().orElse(configuration.retryPolicy()), call.method(),
                configuration.clock(), configuration.random());
        this.interceptors = InterceptorChain.of(configuration.interceptors(), overrides.interceptors());
        this.context = new CallContext(serviceName, call);
    }

    /** Runs the call on this thread; throws what it fails with. */
    T run() {
        try {
            interceptors.beforeExecution(context);
            while (true) {
                Attempt attempt = startAttempt();
                BoundedExchange exchange = send(attempt);
                HttpResponse<byte[]> response = null;
                Throwable error = null;
                try {
                    response = exchange.response().get();
                } catch (ExecutionException e) {
                    error = e.getCause();
                } catch (InterruptedException e) {
                    exchange.cancel();
                    Thread.currentThread().interrupt();
                    error = e;
                }
                Outcome<T> outcome = finish(attempt, response, error);
                if (outcome.retryPause == null) {
                    return succeed(outcome);
                }
                sleep(outcome.retryPause);
            }
        } catch (RuntimeException failure) {
            throw interceptors.onFailure(context, failure);
        }
    }

    /** Runs the call without blocking; the future completes as {@link #run()} returns or throws. */
    CompletableFuture<T> runAsync() {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            interceptors.beforeExecution(context);
        } catch (RuntimeException failure) {
            result.completeExceptionally(interceptors.onFailure(context, failure));
            return result;
        }
        attemptAsync(result);
        return result;
    }

    private void attemptAsync(CompletableFuture<T> result) {
        try {
            Attempt attempt = startAttempt();
            send(attempt).response().whenComplete((response, error) -> finishAsync(attempt, response, error, result));
        } catch (RuntimeException failure) {
            result.completeExceptionally(interceptors.onFailure(context, failure));
        }
    }

    private void finishAsync(Attempt attempt, HttpResponse<byte[]> response, Throwable error,
                             CompletableFuture<T> result) {
        try {
            Outcome<T> outcome = finish(attempt, response, error);
            if (outcome.retryPause == null) {
                result.complete(succeed(outcome));
            } else {
                retryAsync(outcome.retryPause, result);
            }
        } catch (RuntimeException failure) {
            result.completeExceptionally(interceptors.onFailure(context, failure));
        }
    }

    private void retryAsync(Duration pause, CompletableFuture<T> result) {
        configuration.sleeper().sleepAsync(pause).whenComplete((ignored, sleepError) -> {
            if (sleepError != null) {
                result.completeExceptionally(interceptors.onFailure(context,
                        new ScpClientException(call.description() + " was interrupted", sleepError)));
            } else {
                attemptAsync(result);
            }
        });
    }

    /**
     * Counts the attempt, lets interceptors add headers, then signs: the signature covers what they added. Fails when
     * the pause before it overran what was left of the total time.
     */
    private Attempt startAttempt() {
        AttemptTimeout timeout = retries.nextAttemptTimeout(requestTimeout).orElseThrow(() -> new ScpTimeoutException(
                call.description() + " used up the retry policy's total time " + retries.totalTime()
                        + " before attempt " + (context.attempts() + 1), null));
        int number = context.startAttempt();
        AttemptRequest unsigned = new AttemptRequest(number, call.url(), call.headers());
        interceptors.beforeAttempt(context, unsigned);
        return new Attempt(number, sign(unsigned.unsignedHeaders()), timeout, System.nanoTime());
    }

    private BoundedExchange send(Attempt attempt) {
        return BoundedExchange.send(configuration.httpClient(), attempt.request, attempt.timeout.duration());
    }

    /**
     * Builds the attempt's HTTP request; signed anew each time because the timestamp is signed. It has no timeout of
     * its own: that would end at the response headers, the attempt's bound ends at the last body byte.
     */
    private HttpRequest sign(Map<String, String> headers) {
        ScpCredentials credentials = configuration.credentialsProvider().resolveCredentials()
                .orElseThrow(() -> new IllegalStateException("the credentials provider has no SCP credentials"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .method(call.method().name(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        headers.forEach(builder::header);
        ScpSigner.signingHeaders(call.method().name(), call.url(), configuration.clock().millis(), credentials)
                .forEach(builder::header);
        return builder.build();
    }

    /**
     * Reads the attempt's response (or names why none came), decides on a retry, logs the attempt and tells the
     * interceptors.
     */
    private Outcome<T> finish(Attempt attempt, HttpResponse<byte[]> response, Throwable error) {
        Duration took = Duration.ofNanos(System.nanoTime() - attempt.startNanos);
        T value = null;
        ScpException failure = null;
        ScpClientException transportFailure = null;
        if (response == null) {
            transportFailure = TransportFailures.translate(call.description(), error, attempt.timeout);
            failure = transportFailure;
        } else {
            context.statusReceived(response.statusCode());
            try {
                value = responses.read(call, response);
            } catch (ScpException e) {
                failure = e;
            }
        }
        Duration retryPause = failure == null ? null : retries.pauseAfter(failure).orElse(null);
        WireLog.attempt(context, attempt.number, attempt.request, call.body(), response, failure, took, retryPause);
        interceptors.afterAttempt(context, attempt.number, response, transportFailure, took);
        if (failure != null && retryPause == null) {
            throw failure;
        }
        return new Outcome<>(value, retryPause);
    }

    private T succeed(Outcome<T> outcome) {
        interceptors.onSuccess(context, outcome.value);
        return outcome.value;
    }

    private void sleep(Duration pause) {
        try {
            configuration.sleeper().sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScpClientException(call.description() + " was interrupted while waiting to retry", e);
        }
    }

    /** An attempt's signed request, its number, how long it may take and when it was sent. */
    private record Attempt(int number, HttpRequest request, AttemptTimeout timeout, long startNanos) {
    }

    /** A successful attempt's value, or the pause before the next attempt. */
    private record Outcome<T>(T value, Duration retryPause) {
    }
}
