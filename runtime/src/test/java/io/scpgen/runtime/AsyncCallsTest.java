package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.runtime.exception.ScpNotFoundException;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncCallsTest {
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

    @Test
    void completesWithTheParsedBody() throws Exception {
        server.enqueue(200, "{\"id\":\"img-1\",\"name\":\"web\"}");

        Image image = setup.handler().executeAsync(get()).get(5, TimeUnit.SECONDS);

        assertThat(image.name()).isEqualTo("web");
        assertThat(server.onlyRequest().header("Scp-Signature")).isNotBlank();
    }

    @Test
    void failsWithTheTypedExceptionUnwrapped() {
        server.enqueue(404, "{\"message\":\"no such image\"}");

        CompletableFuture<Image> future = setup.handler().executeAsync(get());

        assertThat(future).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isExactlyInstanceOf(ScpNotFoundException.class)
                .withMessageEndingWith(": no such image");
    }

    @Test
    void retriesWithTheSamePolicyAsSyncCalls() throws Exception {
        server.enqueue(503, "{}").enqueue(429, "{}", "Retry-After", "1").enqueue(200, "{\"id\":\"img-1\"}");

        Image image = setup.handler().executeAsync(get()).get(5, TimeUnit.SECONDS);

        assertThat(image.id()).isEqualTo("img-1");
        assertThat(server.requests()).hasSize(3);
        assertThat(setup.sleeper.pauses()).containsExactly(Duration.ofMillis(50), Duration.ofSeconds(1));
    }

    @Test
    void concurrentCallsEachGetTheirOwnResponse() throws Exception {
        server.always(exchange -> {
            String id = exchange.getRequestURI().getRawPath().substring("/v1/images/".length());
            LoopbackServer.respond(exchange, 200, "{\"id\":\"" + id + "\"}");
        });
        ScpClientHandler handler = setup.handler();

        List<CompletableFuture<Image>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(handler.executeAsync(ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", Image.class)
                    .apiVersion("1.3").pathParameter("id", "img-" + i).build()));
        }

        for (int i = 0; i < 20; i++) {
            assertThat(calls.get(i).get(10, TimeUnit.SECONDS).id()).isEqualTo("img-" + i);
        }
    }

    @Test
    void waitsForRealWithTheSystemSleeper() throws Exception {
        server.enqueue(503, "{}").enqueue(200, "{\"id\":\"img-1\"}");
        ScpClientHandler handler = ScpClientHandler.create("virtualserver", setup.configuration()
                .sleeper(Sleeper.system())
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(20)).build())
                .build());

        assertThat(handler.executeAsync(get()).get(5, TimeUnit.SECONDS).id()).isEqualTo("img-1");
        assertThat(server.requests()).hasSize(2);
    }
}
