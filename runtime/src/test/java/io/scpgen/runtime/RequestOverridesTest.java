package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scpgen.runtime.exception.ScpServerException;
import io.scpgen.runtime.exception.ScpTimeoutException;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestSetup;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Per-call overrides: checked when built, and honoured by real calls to a loopback server. */
class RequestOverridesTest {
    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopServer() {
        release.countDown();
        server.close();
    }

    private static ScpRequest<Image> showImage(ScpRequestOverrides overrides) {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", Image.class).apiVersion("1.3")
                .pathParameter("id", "img-1").header("X-Team", "from-request").overrides(overrides).build();
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0})
    void aTimeoutThatIsNotPositiveFailsWhenBuilt(long millis) {
        assertThatThrownBy(() -> ScpRequestOverrides.builder().requestTimeout(Duration.ofMillis(millis)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("requestTimeout must be positive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host", "content-length", "Connection", "Expect", "Upgrade"})
    void aRestrictedHeaderIsRefusedWhenAddedNamingIt(String name) {
        assertThatThrownBy(() -> ScpRequestOverrides.builder().putHeader(name, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("header " + name + " is restricted: the HTTP client sets it");
        assertThatThrownBy(() -> ScpRequest.builder(HttpMethod.GET, "/", Void.class).header(name, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    }

    @Test
    void injectedAndSdkManagedHeadersAreRefusedWhenAdded() {
        assertThatThrownBy(() -> ScpRequestOverrides.builder().putHeader("X-Note", "a\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value of header X-Note contains CR, LF or NUL");
        assertThatThrownBy(() -> ScpRequestOverrides.builder().putHeader("Scp-Api-Version", "virtualserver 9.9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("header Scp-Api-Version is set by the SDK");
    }

    @Test
    void toBuilderKeepsEverythingAndToStringHidesHeaderValues() {
        ScpRequestOverrides overrides = ScpRequestOverrides.builder().requestTimeout(Duration.ofSeconds(3))
                .retryPolicy(RetryPolicy.none()).putHeader("X-Auth-Token", "tok-123").build();

        ScpRequestOverrides copy = overrides.toBuilder().putHeader("X-Other", "1").build();

        assertThat(copy.requestTimeout()).contains(Duration.ofSeconds(3));
        assertThat(copy.retryPolicy()).containsSame(overrides.retryPolicy().orElseThrow());
        assertThat(copy.headers()).containsEntry("x-auth-token", "tok-123").containsEntry("X-Other", "1");
        assertThat(overrides.headers()).doesNotContainKey("X-Other");
        assertThat(copy.toString()).contains("X-Auth-Token").doesNotContain("tok-123");
        assertThat(ScpRequestOverrides.none().headers()).isEmpty();
        assertThat(ScpRequestOverrides.none().requestTimeout()).isEmpty();
    }

    @Test
    void theCallsTimeoutWinsOverTheConfigurations() {
        ScpClientHandler handler = setup.handler();
        // a first call opens the connection: the timeout then bounds the wait for the answer, not a cold connect
        server.enqueue(200, "{\"id\":\"img-1\"}").always(exchange -> awaitRelease());
        handler.execute(showImage(null));

        ScpTimeoutException error = catchThrowableOfType(ScpTimeoutException.class, () -> handler.execute(
                showImage(ScpRequestOverrides.builder().requestTimeout(Duration.ofMillis(500))
                        .retryPolicy(RetryPolicy.none()).build())));

        assertThat(error).hasMessageEndingWith("got no complete response within PT0.5S (the request timeout)");
        assertThat(setup.configuration().build().requestTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theCallsRetryPolicyWinsOverTheConfigurations() {
        server.always(503, "{}");

        catchThrowableOfType(ScpServerException.class, () -> setup.handler().execute(
                showImage(ScpRequestOverrides.builder().retryPolicy(RetryPolicy.none()).build())));
        assertThat(server.requests()).hasSize(1);

        catchThrowableOfType(ScpServerException.class, () -> setup.handler().execute(
                showImage(ScpRequestOverrides.builder().retryPolicy(RetryPolicy.builder().maxAttempts(5).build()).build())));
        assertThat(server.requests()).hasSize(1 + 5);

        catchThrowableOfType(ScpServerException.class, () -> setup.handler().execute(showImage(null)));
        assertThat(server.requests()).as("the configuration's 3 attempts").hasSize(1 + 5 + 3);
    }

    @Test
    void theCallsHeadersAreSentAndWinOverTheRequests() {
        server.enqueue(200, "{\"id\":\"img-1\"}");

        setup.handler().execute(showImage(ScpRequestOverrides.builder().putHeader("x-team", "from-override")
                .putHeader("X-Trace-Id", "t-1").build()));

        assertThat(server.onlyRequest().header("X-Team")).isEqualTo("from-override");
        assertThat(server.onlyRequest().header("X-Trace-Id")).isEqualTo("t-1");
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
