package io.scpgen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.auth.ScpSigner;
import io.scpgen.runtime.exception.ScpClientException;
import io.scpgen.runtime.exception.ScpException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@link ScpRequest}s to one SCP service: resolves the URL, writes the JSON body, signs
 * each attempt, sends it with the configured {@link java.net.http.HttpClient}, reads the
 * response or maps the error, and retries as the {@link RetryPolicy} allows. Generated clients
 * hold one handler and describe each operation as a request. Thread-safe.
 */
public final class ScpClientHandler {
    private static final System.Logger LOG = System.getLogger(ScpClientHandler.class.getName());
    private static final String JSON = "application/json";

    private final String serviceName;
    private final ScpClientConfiguration configuration;
    private final URI endpoint;
    private final String baseUrl;
    private final ResponseReader responses = new ResponseReader(ScpJson.mapper());

    private ScpClientHandler(String serviceName, boolean regional, ScpClientConfiguration configuration) {
        this.serviceName = serviceName;
        this.configuration = configuration;
        this.endpoint = configuration.endpointFor(serviceName, regional);
        String base = endpoint.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * A handler for one service.
     *
     * @param serviceName the service's name as used in its host and in {@code Scp-Api-Version},
     *     e.g. {@code virtualserver}
     */
    public static ScpClientHandler create(String serviceName, ScpClientConfiguration configuration) {
        return create(serviceName, true, configuration);
    }

    /**
     * A handler for one service, regional or global.
     *
     * @param regional false for a global service, whose endpoint has no region
     *     ({@code https://product.<environment>.samsungsdscloud.com})
     */
    public static ScpClientHandler create(String serviceName, boolean regional, ScpClientConfiguration configuration) {
        return new ScpClientHandler(serviceName, regional, Objects.requireNonNull(configuration, "configuration"));
    }

    /** The service this handler talks to. */
    public String serviceName() {
        return serviceName;
    }

    /** The endpoint calls go to. */
    public URI endpoint() {
        return endpoint;
    }

    /** The configuration the handler was created with. */
    public ScpClientConfiguration configuration() {
        return configuration;
    }

    /**
     * Sends the request and waits for its result.
     *
     * @return the parsed response body, or {@code null} for {@link Void} or an empty body
     * @throws io.scpgen.runtime.exception.ScpApiException if the service answered with an error status
     * @throws ScpClientException if no usable answer arrived
     */
    public <T> T execute(ScpRequest<T> request) {
        PreparedCall<T> call = prepare(request);
        RetryTracker retries = newRetryTracker(request.method());
        while (true) {
            try {
                return responses.read(call, send(call));
            } catch (ScpException failure) {
                Duration pause = retries.pauseAfter(failure).orElseThrow(() -> failure);
                logRetry(call, failure, retries, pause);
                sleep(call, pause);
            }
        }
    }

    /**
     * Sends the request without blocking. The future completes with what {@link #execute} would
     * return, or exceptionally with the exception it would throw (not wrapped).
     *
     * @throws IllegalArgumentException right away if the body cannot be written as JSON
     */
    public <T> CompletableFuture<T> executeAsync(ScpRequest<T> request) {
        PreparedCall<T> call = prepare(request);
        CompletableFuture<T> result = new CompletableFuture<>();
        attemptAsync(call, newRetryTracker(request.method()), result);
        return result;
    }

    private <T> void attemptAsync(PreparedCall<T> call, RetryTracker retries, CompletableFuture<T> result) {
        HttpRequest httpRequest;
        try {
            httpRequest = sign(call);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        configuration.httpClient().sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                .whenComplete((response, error) -> {
                    try {
                        if (error != null) {
                            throw TransportFailures.translate(call.description(), error, configuration.requestTimeout());
                        }
                        result.complete(responses.read(call, response));
                    } catch (ScpException failure) {
                        retryAsync(call, retries, result, failure);
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                });
    }

    private <T> void retryAsync(PreparedCall<T> call, RetryTracker retries, CompletableFuture<T> result,
                                ScpException failure) {
        Optional<Duration> pause = retries.pauseAfter(failure);
        if (pause.isEmpty()) {
            result.completeExceptionally(failure);
            return;
        }
        logRetry(call, failure, retries, pause.get());
        configuration.sleeper().sleepAsync(pause.get()).whenComplete((ignored, sleepError) -> {
            if (sleepError != null) {
                result.completeExceptionally(new ScpClientException(call.description() + " was interrupted", sleepError));
            } else {
                attemptAsync(call, retries, result);
            }
        });
    }

    private <T> PreparedCall<T> prepare(ScpRequest<T> request) {
        String url = baseUrl + request.encodedPath() + request.encodedQuery();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Accept", JSON);
        headers.put(ScpHeaders.ACCEPT_LANGUAGE, configuration.acceptLanguage());
        headers.put("User-Agent", configuration.userAgent());
        headers.put(ScpHeaders.API_VERSION, serviceName + " " + request.apiVersion());
        byte[] body = null;
        if (request.body() != null) {
            body = writeJson(request);
            headers.put("Content-Type", JSON);
        }
        headers.putAll(request.headers());
        return new PreparedCall<>(request.method(), url, URI.create(url), Collections.unmodifiableMap(headers), body,
                request.responseType());
    }

    private byte[] writeJson(ScpRequest<?> request) {
        try {
            return ScpJson.mapper().writeValueAsBytes(request.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body of " + request + " cannot be written as JSON", e);
        }
    }

    /** Builds the attempt's HTTP request; signed anew each time because the timestamp is signed. */
    private HttpRequest sign(PreparedCall<?> call) {
        ScpCredentials credentials = configuration.credentialsProvider().resolveCredentials()
                .orElseThrow(() -> new IllegalStateException("the credentials provider has no SCP credentials"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri())
                .timeout(configuration.requestTimeout())
                .method(call.method().name(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(builder::header);
        ScpSigner.signingHeaders(call.method().name(), call.url(), configuration.clock().millis(), credentials)
                .forEach(builder::header);
        return builder.build();
    }

    private HttpResponse<byte[]> send(PreparedCall<?> call) {
        HttpRequest httpRequest = sign(call);
        try {
            return configuration.httpClient().send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw TransportFailures.translate(call.description(), e, configuration.requestTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TransportFailures.translate(call.description(), e, configuration.requestTimeout());
        }
    }

    private void sleep(PreparedCall<?> call, Duration pause) {
        try {
            configuration.sleeper().sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScpClientException(call.description() + " was interrupted while waiting to retry", e);
        }
    }

    private RetryTracker newRetryTracker(HttpMethod method) {
        return new RetryTracker(configuration.retryPolicy(), method, configuration.clock(), configuration.random());
    }

    private static void logRetry(PreparedCall<?> call, ScpException failure, RetryTracker retries, Duration pause) {
        // the message names the call and the failure only; both are free of secrets by construction
        LOG.log(System.Logger.Level.DEBUG, () -> "Retrying after attempt " + retries.failedAttempts() + " failed, in "
                + pause.toMillis() + " ms: " + failure.getMessage());
    }

    @Override
    public String toString() {
        return "ScpClientHandler[service=" + serviceName + ", endpoint=" + endpoint + "]";
    }
}
