package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scpgen.runtime.exception.ScpConnectionException;
import io.scpgen.runtime.exception.ScpTimeoutException;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestModels.ImageListResponse;
import io.scpgen.runtime.testing.TestSetup;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {
    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopServer() {
        release.countDown();
        server.close();
    }

    private static ScpRequest<ImageListResponse> listImages() {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images", ImageListResponse.class).apiVersion("1.3").build();
    }

    @Test
    void readsATenMegabyteResponse() {
        String name = "x".repeat(10 * 1024 * 1024);
        server.enqueue(200, "{\"images\":[{\"id\":\"img-big\",\"name\":\"" + name + "\"}],\"count\":1}");

        ImageListResponse response = setup.handler().execute(listImages());

        assertThat(response.images()).singleElement().satisfies(image -> {
            assertThat(image.id()).isEqualTo("img-big");
            assertThat(image.name()).hasSize(10 * 1024 * 1024);
        });
    }

    @Test
    void timesOutWhenTheServerNeverAnswers() {
        server.always(exchange -> awaitRelease());
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().requestTimeout(Duration.ofMillis(300)).build());

        ScpTimeoutException error = catchThrowableOfType(ScpTimeoutException.class, () -> handler.execute(listImages()));

        assertThat(error).hasMessage("GET " + server.baseUri()
                        + "/v1/images got no complete response within PT0.3S (the request timeout)")
                .hasCauseInstanceOf(TimeoutException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void timesOutAsynchronouslyToo() {
        server.always(exchange -> awaitRelease());
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().requestTimeout(Duration.ofMillis(300)).build());

        assertThat(handler.executeAsync(listImages())).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isExactlyInstanceOf(ScpTimeoutException.class);
    }

    @Test
    void reportsAConnectionClosedMidResponseAfterRetrying() {
        server.always(exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            OutputStream body = exchange.getResponseBody();
            body.write("{\"images\":[{\"id\":".getBytes(StandardCharsets.UTF_8));
            body.flush();
            exchange.close();
        });

        ScpConnectionException error = catchThrowableOfType(ScpConnectionException.class,
                () -> setup.handler().execute(listImages()));

        assertThat(error).hasMessageContaining("the connection failed or closed early");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void recoversWhenARetryGetsTheWholeResponse() {
        server.enqueue(exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write('{');
            exchange.close();
        }).enqueue(200, "{\"id\":\"img-1\"}");

        Image image = setup.handler().execute(ScpRequest.builder(HttpMethod.GET, "/v1/images/img-1", Image.class)
                .apiVersion("1.3").build());

        assertThat(image.id()).isEqualTo("img-1");
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
