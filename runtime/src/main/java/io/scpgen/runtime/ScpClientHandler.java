package io.scpgen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.runtime.exception.ScpClientException;
import io.scpgen.runtime.exception.ScpException;
import io.scpgen.runtime.version.ScpApiVersion;
import io.scpgen.runtime.version.ScpApiVersionList;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@link ScpRequest}s to one SCP service: resolves the URL, writes the JSON body, signs
 * each attempt, sends it with the configured {@link java.net.http.HttpClient}, reads the
 * response or maps the error, and retries as the {@link RetryPolicy} allows (a
 * {@link CallExecution} per call, which also runs the interceptors and writes the wire log).
 * Generated clients hold one handler and describe each operation as a request. Thread-safe.
 */
public final class ScpClientHandler {
    private static final String JSON = "application/json";
    /** The operation name interceptors and the wire log see for {@link #apiVersions()}. */
    public static final String API_VERSIONS_OPERATION = "apiVersions";

    private final String serviceName;
    private final ScpClientConfiguration configuration;
    private final URI endpoint;
    private final String baseUrl;
    private final ResponseReader responses = new ResponseReader(ScpJson.mapper());

    private final PastDateWarnings pastDateWarnings;
    private final VersionCheck versionCheck;

    private ScpClientHandler(String serviceName, boolean regional, ScpClientConfiguration configuration,
                             List<ScpApiVersion> documentedVersions, List<String> usedVersions) {
        this.serviceName = serviceName;
        this.configuration = configuration;
        this.pastDateWarnings = new PastDateWarnings(serviceName, documentedVersions, configuration);
        this.versionCheck = new VersionCheck(serviceName, usedVersions, configuration);
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
        return create(serviceName, regional, configuration, List.of());
    }

    /**
     * A handler for one service that knows the docs' versions, as generated clients create it: it warns when a call
     * goes through a version whose supported-until date has passed and, when {@link
     * ScpClientConfiguration#versionCheck()} is on, checks the versions the client uses against the service's live
     * list on the first call (both through the {@code io.scpgen.runtime.versions} logger).
     *
     * @param documentedVersions the versions the docs document, with status and supported-until date
     * @param usedVersions the versions the client calls, e.g. {@code "1.3"}: those the version check looks at
     */
    public static ScpClientHandler create(String serviceName, boolean regional, ScpClientConfiguration configuration,
                                          List<ScpApiVersion> documentedVersions, String... usedVersions) {
        return new ScpClientHandler(serviceName, regional, Objects.requireNonNull(configuration, "configuration"),
                Objects.requireNonNull(documentedVersions, "documentedVersions"), List.of(usedVersions));
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
     * @throws io.scpgen.runtime.exception.ScpInterceptorException if an interceptor threw
     */
    public <T> T execute(ScpRequest<T> request) {
        return execute(request, null);
    }

    /**
     * Sends the request and waits for its result, as {@link #execute(ScpRequest)}; generated clients name the
     * operation's newest documented version, which the warning about a version past its date recommends.
     *
     * @param newestApiVersion the newest version the docs document for the operation, or {@code null}
     */
    public <T> T execute(ScpRequest<T> request, String newestApiVersion) {
        return execution(request, newestApiVersion).run();
    }

    /**
     * Sends the request without blocking. The future completes with what {@link #execute} would
     * return, or exceptionally with the exception it would throw (not wrapped).
     *
     * @throws IllegalArgumentException right away if the body cannot be written as JSON
     */
    public <T> CompletableFuture<T> executeAsync(ScpRequest<T> request) {
        return executeAsync(request, null);
    }

    /**
     * Sends the request without blocking, as {@link #executeAsync(ScpRequest)}.
     *
     * @param newestApiVersion the newest version the docs document for the operation, or {@code null}
     */
    public <T> CompletableFuture<T> executeAsync(ScpRequest<T> request, String newestApiVersion) {
        return execution(request, newestApiVersion).runAsync();
    }

    /**
     * Reads the service's live version list ({@code GET /}), signed like every call but without
     * {@code Scp-Api-Version}: the service answers its list whatever the version. Retried, logged and intercepted
     * like other calls, as operation {@value #API_VERSIONS_OPERATION}.
     *
     * @return the versions in the service's order
     * @throws io.scpgen.runtime.exception.ScpApiException if the service answered with an error status
     * @throws ScpClientException if no usable answer arrived, or the body is not a version list
     */
    public List<ScpApiVersion> apiVersions() {
        PreparedCall<JsonNode> call = versionListCall();
        return ScpApiVersionList.parse(versionListExecution(call, ScpRequestOverrides.none()).run(), call.description());
    }

    /**
     * Reads the service's live version list without blocking; the future completes with what {@link #apiVersions()}
     * would return, or exceptionally with the exception it would throw (not wrapped).
     */
    public CompletableFuture<List<ScpApiVersion>> apiVersionsAsync() {
        return apiVersionsAsync(ScpRequestOverrides.none());
    }

    CompletableFuture<List<ScpApiVersion>> apiVersionsAsync(ScpRequestOverrides overrides) {
        PreparedCall<JsonNode> call = versionListCall();
        // completed by hand: thenApply or thenCompose would wrap a failure in a CompletionException
        CompletableFuture<List<ScpApiVersion>> versions = new CompletableFuture<>();
        versionListExecution(call, overrides).runAsync().whenComplete((body, error) -> {
            if (error != null) {
                versions.completeExceptionally(error);
                return;
            }
            try {
                versions.complete(ScpApiVersionList.parse(body, call.description()));
            } catch (ScpException e) {
                versions.completeExceptionally(e);
            }
        });
        return versions;
    }

    private CallExecution<JsonNode> versionListExecution(PreparedCall<JsonNode> call, ScpRequestOverrides overrides) {
        return new CallExecution<>(serviceName, call, overrides, configuration, responses);
    }

    private PreparedCall<JsonNode> versionListCall() {
        Map<String, String> headers = baseHeaders();
        String url = baseUrl + "/";
        return new PreparedCall<>(API_VERSIONS_OPERATION, "", HttpMethod.GET, "/", "", url, URI.create(url),
                Collections.unmodifiableMap(headers), null, ScpJson.mapper().constructType(JsonNode.class));
    }

    private <T> CallExecution<T> execution(ScpRequest<T> request, String newestApiVersion) {
        CallExecution<T> execution = new CallExecution<>(serviceName, prepare(request), request.overrides(),
                configuration, responses);
        pastDateWarnings.beforeCall(request.operationName(), request.apiVersion(), newestApiVersion);
        versionCheck.startOnce(this::apiVersionsAsync);
        return execution;
    }

    /** {@return completes once the version check has logged what it found; tests wait on it} */
    CompletableFuture<Void> versionCheckFinished() {
        return versionCheck.finished();
    }

    private <T> PreparedCall<T> prepare(ScpRequest<T> request) {
        String url = baseUrl + request.encodedPath() + request.encodedQuery();
        Map<String, String> headers = baseHeaders();
        headers.put(ScpHeaders.API_VERSION, serviceName + " " + request.apiVersion());
        byte[] body = null;
        if (request.body() != null) {
            body = writeJson(request);
            headers.put("Content-Type", JSON);
        }
        headers.putAll(request.headers());
        headers.putAll(request.overrides().headers());
        return new PreparedCall<>(request.operationName(), request.apiVersion(), request.method(), request.encodedPath(),
                request.encodedQuery(), url, URI.create(url), Collections.unmodifiableMap(headers), body,
                request.responseType());
    }

    /** The headers of every call, the version list's included; by case-insensitive name. */
    private Map<String, String> baseHeaders() {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Accept", JSON);
        headers.put(ScpHeaders.ACCEPT_LANGUAGE, configuration.acceptLanguage());
        headers.put("User-Agent", configuration.userAgent());
        return headers;
    }

    private byte[] writeJson(ScpRequest<?> request) {
        try {
            return ScpJson.mapper().writeValueAsBytes(request.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body of " + request + " cannot be written as JSON", e);
        }
    }

    @Override
    public String toString() {
        return "ScpClientHandler[service=" + serviceName + ", endpoint=" + endpoint + "]";
    }
}
