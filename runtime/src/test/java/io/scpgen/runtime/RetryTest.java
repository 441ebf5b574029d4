package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scpgen.runtime.exception.ScpApiException;
import io.scpgen.runtime.exception.ScpConnectionException;
import io.scpgen.runtime.exception.ScpNotFoundException;
import io.scpgen.runtime.exception.ScpServerException;
import io.scpgen.runtime.exception.ScpTimeoutException;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries with a recording sleeper: pauses are checked, never waited for. FixedRandom draws 0.5. */
class RetryTest {
    private static final String IMAGE = "{\"id\":\"img-1\"}";

    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static ScpRequest<Image> get() {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", Image.class)
                .apiVersion("1.3").pathParameter("id", "img-1").build();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 502, 503, 504})
    void retriesARetryableStatusAndSucceeds(int status) {
        server.enqueue(status, "{}").enqueue(status, "{}").enqueue(200, IMAGE);

        Image image = setup.handler().execute(get());

        assertThat(image.id()).isEqualTo("img-1");
        assertThat(server.requests()).hasSize(3);
        // full jitter at 0.5 of the ceilings 100 ms and 200 ms
        assertThat(setup.sleeper.pauses()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void signsEachAttemptWithItsOwnTimestamp() {
        server.enqueue(503, "{}").enqueue(200, IMAGE);

        setup.handler().execute(get());

        assertThat(server.requests()).extracting(request -> request.header("Scp-Timestamp"))
                .containsExactly("1700000000000", "1700000000050");
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastError() {
        server.always(503, "{\"message\":\"busy\"}");

        ScpServerException error = catchThrowableOfType(ScpServerException.class, () -> setup.handler().execute(get()));

        assertThat(error.statusCode()).isEqualTo(503);
        assertThat(server.requests()).hasSize(3);
        assertThat(setup.sleeper.pauses()).hasSize(2);
    }

    @Test
    void capsTheBackoffCeilingAtMaxDelay() {
        server.always(503, "{}");
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofMillis(300)).build();

        catchThrowableOfType(ScpServerException.class, () -> setup.handler(policy).execute(get()));

        assertThat(setup.sleeper.pauses()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100),
                Duration.ofMillis(150), Duration.ofMillis(150));
    }

    @Test
    void honoursRetryAfterInSeconds() {
        server.enqueue(429, "{}", "Retry-After", "7").enqueue(200, IMAGE);

        setup.handler().execute(get());

        assertThat(setup.sleeper.pauses()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void honoursRetryAfterAsAnHttpDate() {
        String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(TestSetup.START.plusSeconds(3).atOffset(ZoneOffset.UTC));
        server.enqueue(503, "{}", "Retry-After", inThreeSeconds).enqueue(200, IMAGE);

        setup.handler().execute(get());

        assertThat(setup.sleeper.pauses()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void stopsWhenTheNextPauseWouldExceedTheTotalTime() {
        server.always(503, "{}", "Retry-After", "2");
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).maxTotalTime(Duration.ofSeconds(5)).build();

        catchThrowableOfType(ScpServerException.class, () -> setup.handler(policy).execute(get()));

        // after 2 s and 4 s of pauses, another 2 s would end at 6 s > 5 s
        assertThat(setup.sleeper.pauses()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aRetryNeedsSomeTotalTimeLeftAfterItsPause() {
        server.enqueue(503, "{}", "Retry-After", "5").enqueue(200, IMAGE);
        RetryPolicy policy = RetryPolicy.builder().maxTotalTime(Duration.ofSeconds(5)).build();

        catchThrowableOfType(ScpServerException.class, () -> setup.handler(policy).execute(get()));

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theLastAttemptGetsOnlyWhatIsLeftOfTheTotalTime() {
        // the clock moves only by the pause: 4 of the 5 s are used, so the attempt may take 1 s, not the 5 s timeout
        server.enqueue(503, "{}", "Retry-After", "4").always(exchange -> sleepUntilStopped());
        RetryPolicy policy = RetryPolicy.builder().maxTotalTime(Duration.ofSeconds(5)).build();

        ScpTimeoutException error = catchThrowableOfType(ScpTimeoutException.class,
                () -> setup.handler(policy).execute(get()));

        assertThat(error).hasMessage("GET " + server.baseUri() + "/v1/images/img-1 got no complete response within PT1S"
                + " (the rest of the retry policy's total time PT5S)");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aPauseThatOverranTheTotalTimeEndsTheCallWithoutAnotherAttempt() {
        server.enqueue(503, "{}").enqueue(200, IMAGE);
        ScpClientHandler handler = ScpClientHandler.create("virtualserver", setup.configuration()
                .retryPolicy(RetryPolicy.builder().maxTotalTime(Duration.ofSeconds(5)).build())
                .sleeper(pause -> setup.clock.advance(pause.plusSeconds(10)))
                .build());

        ScpTimeoutException error = catchThrowableOfType(ScpTimeoutException.class, () -> handler.execute(get()));

        assertThat(error).hasMessage("GET " + server.baseUri()
                + "/v1/images/img-1 used up the retry policy's total time PT5S before attempt 2");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theTotalTimeMustBePositive() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxTotalTime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTotalTime must be positive: PT0S");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 409, 500, 501})
    void doesNotRetryOtherStatuses(int status) {
        server.always(status, "{}");

        catchThrowableOfType(ScpApiException.class, () -> setup.handler().execute(get()));

        assertThat(server.requests()).hasSize(1);
        assertThat(setup.sleeper.pauses()).isEmpty();
    }

    @Test
    void doesNotRetryPostByDefault() {
        server.always(503, "{}");

        catchThrowableOfType(ScpServerException.class, () -> setup.handler().execute(
                ScpRequest.builder(HttpMethod.POST, "/v1/images", Image.class).apiVersion("1.3").body(IMAGE).build()));

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void retriesPostWhenTheCallerOptsIn() {
        server.enqueue(503, "{}").enqueue(201, IMAGE);
        RetryPolicy policy = RetryPolicy.defaults().toBuilder().retryNonIdempotent(true).build();

        setup.handler(policy).execute(
                ScpRequest.builder(HttpMethod.POST, "/v1/images", Image.class).apiVersion("1.3").body(IMAGE).build());

        assertThat(server.requests()).extracting(LoopbackServer.RecordedRequest::method).containsExactly("POST", "POST");
    }

    @Test
    void retriesPutAndDelete() {
        server.enqueue(504, "{}").enqueue(200, IMAGE).enqueue(502, "{}").enqueue(204, "");

        setup.handler().execute(ScpRequest.builder(HttpMethod.PUT, "/v1/images/a", Image.class).apiVersion("1.3")
                .body(IMAGE).build());
        setup.handler().execute(ScpRequest.builder(HttpMethod.DELETE, "/v1/images/a", Void.class).apiVersion("1.3").build());

        assertThat(server.requests()).extracting(LoopbackServer.RecordedRequest::method)
                .containsExactly("PUT", "PUT", "DELETE", "DELETE");
    }

    @Test
    void retriesAConnectionFailure() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().endpointOverride(closedPort).build());

        ScpConnectionException error = catchThrowableOfType(ScpConnectionException.class, () -> handler.execute(get()));

        assertThat(error).hasMessageStartingWith("GET " + closedPort + "/v1/images/img-1 failed");
        assertThat(setup.sleeper.pauses()).hasSize(2);
    }

    @Test
    void neverRetriesWithTheNonePolicy() {
        server.always(503, "{}");

        catchThrowableOfType(ScpServerException.class, () -> setup.handler(RetryPolicy.none()).execute(get()));

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theFinalErrorIsTheLastAttemptsError() {
        server.enqueue(503, "{}").enqueue(404, "{\"message\":\"gone\"}");

        ScpNotFoundException error = catchThrowableOfType(ScpNotFoundException.class, () -> setup.handler().execute(get()));

        assertThat(error).hasMessageEndingWith(": gone");
        assertThat(server.requests()).hasSize(2);
    }

    private static void sleepUntilStopped() {
        try {
            Thread.sleep(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
