package io.scpgen.scp.virtualserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scpgen.mock.CannedResponse;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import io.scpgen.mock.Route;
import io.scpgen.runtime.RetryPolicy;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpJson;
import io.scpgen.runtime.ScpRequestOverrides;
import io.scpgen.runtime.exception.ScpServerException;
import io.scpgen.runtime.interceptor.ScpAttemptRequest;
import io.scpgen.runtime.interceptor.ScpCallContext;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import io.scpgen.scp.virtualserver.request.ListKeypairsRequest;
import io.scpgen.scp.virtualserver.request.ListPendingImagesRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Interceptors and per-call overrides on the generated current client, against the docs mock of the committed spec,
 * which checks every request's signature (a bad one would answer 401 and fail the call).
 */
class CallOverridesTest {

    private static final Path SPEC = Path.of("..", "spec", "virtualserver.json");

    private final MockScpServer mock = startDocsMock();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    private static MockScpServer startDocsMock() {
        try {
            return DocsMock.start(ScpJson.mapper().readTree(SPEC.toFile()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stopMock() {
        mock.close();
    }

    private ScpClientConfiguration.Builder configuration() {
        return ScpClientConfiguration.builder().credentials(DocsMock.CREDENTIALS).endpointOverride(mock.baseUri())
                .environmentVariables(name -> null);
    }

    /** Adds a trace header to every attempt and records each call as its operation, version, attempts and status. */
    private final class Tracing implements ScpInterceptor {
        @Override
        public void beforeAttempt(ScpCallContext context, ScpAttemptRequest request) {
            request.header("X-Trace-Id", context.operationName() + "-" + request.attempt());
        }

        @Override
        public void onSuccess(ScpCallContext context, Object result) {
            calls.add(context.operationName() + " " + context.apiVersion() + " attempts=" + context.attempts()
                    + " status=" + context.lastStatus().orElseThrow());
        }
    }

    @Test
    @SuppressWarnings("deprecation") // keypairs are documented only in versions that are now deprecated
    void anInterceptorSeesEachCallByItsClientMethodAndVersionAndItsHeaderPassesTheSignatureCheck() {
        try (VirtualServerClient client = VirtualServerClient.create(configuration().addInterceptor(new Tracing()).build())) {
            client.pendingImages().listPendingImages(ListPendingImagesRequest.builder().build());
            assertThat(mock.lastRequest().header("X-Trace-Id")).contains("listPendingImages-1");
            client.keypairs().listKeypairs(ListKeypairsRequest.builder().build());
            assertThat(mock.lastRequest().header("X-Trace-Id")).contains("listKeypairs-1");
        }

        assertThat(calls).containsExactly("listPendingImages 1.3 attempts=1 status=200",
                "listKeypairs 1.1 attempts=1 status=200");
    }

    @Test
    void aPerCallOverrideAddsItsHeaderAndInterceptorToThatCallOnly() {
        ListPendingImagesRequest traced = ListPendingImagesRequest.builder()
                .overrideConfiguration(o -> o.putHeader("X-Request-Tag", "batch-7").addInterceptor(new Tracing())
                        .requestTimeout(Duration.ofSeconds(20)))
                .build();

        try (VirtualServerClient client = VirtualServerClient.create(configuration().build())) {
            client.pendingImages().listPendingImages(traced);
            assertThat(mock.lastRequest().header("X-Request-Tag")).contains("batch-7");
            assertThat(mock.lastRequest().header("X-Trace-Id")).contains("listPendingImages-1");

            client.pendingImages().listPendingImages(ListPendingImagesRequest.builder().build());
            assertThat(mock.lastRequest().header("X-Request-Tag")).isEmpty();
            assertThat(mock.lastRequest().header("X-Trace-Id")).isEmpty();
        }
        assertThat(calls).containsExactly("listPendingImages 1.3 attempts=1 status=200");
    }

    @Test
    void overridesConfigureTheCallButAreNotItsParameters() {
        ListPendingImagesRequest plain = ListPendingImagesRequest.builder().scpImageType("custom").build();
        ListPendingImagesRequest overridden = plain.toBuilder()
                .overrideConfiguration(ScpRequestOverrides.builder().retryPolicy(RetryPolicy.none()).build()).build();

        assertThat(overridden).isEqualTo(plain).hasSameHashCodeAs(plain).hasToString(plain.toString());
        assertThat(overridden.toBuilder().build().overrideConfiguration()).isSameAs(overridden.overrideConfiguration());
        assertThat(plain.overrideConfiguration()).isSameAs(ScpRequestOverrides.none());
    }

    @Test
    void aPerCallRetryPolicyReplacesTheClients() {
        mock.stub(Route.of("GET", "/v1/pending-images").withApiVersion("virtualserver 1.3"),
                CannedResponse.json(503, "{\"message\":\"busy\"}"));

        try (VirtualServerClient client = VirtualServerClient.create(configuration()
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).build()).build())) {
            catchThrowableOfType(ScpServerException.class, () -> client.pendingImages().listPendingImages(
                    ListPendingImagesRequest.builder().overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build()));
            assertThat(mock.requests()).hasSize(1);

            catchThrowableOfType(ScpServerException.class, () -> client.pendingImages().listPendingImages(
                    ListPendingImagesRequest.builder().build()));
            assertThat(mock.requests()).as("then the client's three attempts").hasSize(1 + 3);
        }
    }
}
