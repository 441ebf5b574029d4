package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpHandler;
import io.scpgen.runtime.exception.ScpTimeoutException;
import io.scpgen.runtime.interceptor.ScpAttemptResult;
import io.scpgen.runtime.interceptor.ScpCallContext;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import io.scpgen.runtime.testing.CapturedLog;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestModels.ImageListResponse;
import io.scpgen.runtime.testing.TestSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request timeout bounds each attempt whole, from sending to the last body byte, and the retry policy's total
 * time the whole call, against a real loopback server that sends its headers and then one body byte a second. The
 * only timed assertions are the bounds asked for (issue 18): each attempt within its timeout plus a second, the call
 * within its total time plus a second.
 */
class WholeCallTimeoutTest {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration MARGIN = Duration.ofSeconds(1);
    /** A valid answer of 40 bytes: at a byte a second it would take 40 s. */
    private static final byte[] SLOW_BODY = "{\"images\":[],\"count\":0}                 "
            .getBytes(StandardCharsets.UTF_8);

    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);
    /** Counted down when the server's next write fails: the client closed the connection. */
    private final CountDownLatch clientHungUp = new CountDownLatch(1);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static ScpRequest<ImageListResponse> listImages(ScpRequestOverrides overrides) {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images", ImageListResponse.class).operationName("listImages")
                .apiVersion("1.3").overrides(overrides).build();
    }

    private String expectedTimeout(String bound) {
        return "GET " + server.baseUri() + "/v1/images got no complete response within " + bound;
    }

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void theRequestTimeoutBoundsTheAttemptToItsLastBodyByte(CallPath path) throws InterruptedException {
        server.always(headersThenAByteASecond());
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().requestTimeout(REQUEST_TIMEOUT).build());

        long start = System.nanoTime();
        ScpTimeoutException error = path.failure(handler, listImages(ScpRequestOverrides.none()));

        assertThat(since(start)).isLessThan(REQUEST_TIMEOUT.plus(MARGIN));
        assertThat(error).hasMessage(expectedTimeout("PT3S (the request timeout)"))
                .hasCauseInstanceOf(TimeoutException.class);
        // a timeout is not retried: the server may still be working on the call
        assertThat(server.requests()).hasSize(1);
        assertThat(clientHungUp.await(10, TimeUnit.SECONDS)).as("the client closed the connection").isTrue();
    }

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void theCallsOwnTimeoutBoundsItsAttemptTheSameWay(CallPath path) throws InterruptedException {
        server.always(headersThenAByteASecond());
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().requestTimeout(Duration.ofSeconds(60)).build());
        ScpRequestOverrides threeSeconds = ScpRequestOverrides.builder().requestTimeout(REQUEST_TIMEOUT).build();

        long start = System.nanoTime();
        ScpTimeoutException error = path.failure(handler, listImages(threeSeconds));

        assertThat(since(start)).isLessThan(REQUEST_TIMEOUT.plus(MARGIN));
        assertThat(error).hasMessage(expectedTimeout("PT3S (the request timeout)"));
        assertThat(clientHungUp.await(10, TimeUnit.SECONDS)).as("the client closed the connection").isTrue();
    }

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void theTotalTimeBoundsTheWholeCallWithItsRetriesAndPauses(CallPath path) throws InterruptedException {
        Duration totalTime = Duration.ofSeconds(4);
        // 1.5 s + 1.5 s of slow 503s, then an attempt that alone would run 3 s more: 6 s in all without the bound
        server.enqueue(answerAfter(Duration.ofMillis(1500), 503)).enqueue(answerAfter(Duration.ofMillis(1500), 503))
                .always(headersThenAByteASecond());
        ScpClientHandler handler = realTimeHandler(totalTime);

        long start = System.nanoTime();
        ScpTimeoutException error = path.failure(handler, listImages(ScpRequestOverrides.none()));

        assertThat(since(start)).isLessThan(totalTime.plus(MARGIN));
        assertThat(error).hasMessageStartingWith(expectedTimeout("PT"))
                .hasMessageEndingWith("(the rest of the retry policy's total time PT4S)");
        assertThat(server.requests()).hasSize(3);
        assertThat(clientHungUp.await(10, TimeUnit.SECONDS)).as("the client closed the connection").isTrue();
    }

    @Test
    void interceptorsAndTheWireLogSeeATimedOutAttemptAsAFailedOne() {
        server.always(headersThenAByteASecond());
        List<ScpAttemptResult> attempts = new CopyOnWriteArrayList<>();
        ScpClientHandler handler = ScpClientHandler.create("virtualserver", setup.configuration()
                .requestTimeout(Duration.ofMillis(500)).addInterceptor(afterEachAttempt(attempts::add)).build());

        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            catchThrowableOfType(ScpTimeoutException.class, () -> handler.execute(listImages(ScpRequestOverrides.none())));

            assertThat(attempts).singleElement().satisfies(attempt -> {
                assertThat(attempt.status()).isEmpty();
                assertThat(attempt.transportFailure()).containsInstanceOf(ScpTimeoutException.class);
            });
            assertThat(log.messages(Level.DEBUG)).singleElement().asString()
                    .startsWith("listImages GET /v1/images [virtualserver 1.3] -> no response ("
                            + expectedTimeout("PT0.5S (the request timeout)") + ") in ")
                    .endsWith(" ms, attempt 1");
        }
    }

    @Test
    void anAsyncTimeoutReachesTheInterceptorsOffTheJvmsTimerThread() {
        server.always(headersThenAByteASecond());
        List<String> threads = new CopyOnWriteArrayList<>();
        ScpClientHandler handler = ScpClientHandler.create("virtualserver", setup.configuration()
                .requestTimeout(Duration.ofMillis(500))
                .addInterceptor(afterEachAttempt(result -> threads.add(Thread.currentThread().getName()))).build());

        CallPath.ASYNC.failure(handler, listImages(ScpRequestOverrides.none()));

        // the one thread that fires every CompletableFuture timeout of the JVM must not run callers' code
        assertThat(threads).singleElement().asString().doesNotContain("CompletableFutureDelayScheduler");
    }

    private static ScpInterceptor afterEachAttempt(Consumer<ScpAttemptResult> action) {
        return new ScpInterceptor() {
            @Override
            public void afterAttempt(ScpCallContext context, ScpAttemptResult result) {
                action.accept(result);
            }
        };
    }

    /** Real clock and real pauses: the total time is measured as it passes. */
    private ScpClientHandler realTimeHandler(Duration totalTime) {
        return ScpClientHandler.create("virtualserver", setup.configuration()
                .requestTimeout(REQUEST_TIMEOUT)
                .clock(Clock.systemUTC())
                .sleeper(Sleeper.system())
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).maxTotalTime(totalTime).build())
                .build());
    }

    /** Sends 200 and its headers at once, then the body one byte a second, until the client hangs up. */
    private HttpHandler headersThenAByteASecond() {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, SLOW_BODY.length);
            try (OutputStream body = exchange.getResponseBody()) {
                for (byte next : SLOW_BODY) {
                    body.write(next);
                    body.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException e) {
                clientHungUp.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static HttpHandler answerAfter(Duration delay, int status) {
        return exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.respond(exchange, status, "{}");
        };
    }

    /** The blocking and the asynchronous call, each giving the timeout it failed with. */
    enum CallPath {
        SYNC {
            @Override
            ScpTimeoutException failure(ScpClientHandler handler, ScpRequest<?> request) {
                return catchThrowableOfType(ScpTimeoutException.class, () -> handler.execute(request));
            }
        },
        ASYNC {
            @Override
            ScpTimeoutException failure(ScpClientHandler handler, ScpRequest<?> request) {
                ExecutionException failure = catchThrowableOfType(ExecutionException.class,
                        () -> handler.executeAsync(request).get(30, TimeUnit.SECONDS));
                assertThat(failure).hasCauseInstanceOf(ScpTimeoutException.class);
                return (ScpTimeoutException) failure.getCause();
            }
        };

        abstract ScpTimeoutException failure(ScpClientHandler handler, ScpRequest<?> request);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
