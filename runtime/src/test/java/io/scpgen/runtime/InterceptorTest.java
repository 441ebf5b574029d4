package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.auth.ScpSigner;
import io.scpgen.runtime.exception.ScpInterceptorException;
import io.scpgen.runtime.exception.ScpNotFoundException;
import io.scpgen.runtime.exception.ScpServerException;
import io.scpgen.runtime.interceptor.ScpAttemptRequest;
import io.scpgen.runtime.interceptor.ScpAttemptResult;
import io.scpgen.runtime.interceptor.ScpCallContext;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.LoopbackServer.RecordedRequest;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestSetup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Interceptors on real calls to a loopback server: order, what they see, what they may add, and their failures. */
class InterceptorTest {
    private static final String IMAGE = "{\"id\":\"img-1\"}";

    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static ScpRequest.Builder<Image> showImage() {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", Image.class).operationName("showImage")
                .apiVersion("1.3").pathParameter("id", "img-1");
    }

    /** Records each hook as {@code name.hook}, with the attempt or status where the hook has one. */
    private final class Recording implements ScpInterceptor {
        private final String name;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public void beforeExecution(ScpCallContext context) {
            events.add(name + ".beforeExecution");
        }

        @Override
        public void beforeAttempt(ScpCallContext context, ScpAttemptRequest request) {
            events.add(name + ".beforeAttempt " + request.attempt());
        }

        @Override
        public void afterAttempt(ScpCallContext context, ScpAttemptResult result) {
            events.add(name + ".afterAttempt " + result.attempt() + " " + result.status().orElse(-1));
        }

        @Override
        public void onSuccess(ScpCallContext context, Object result) {
            events.add(name + ".onSuccess " + ((Image) result).id());
        }

        @Override
        public void onFailure(ScpCallContext context, Throwable failure) {
            events.add(name + ".onFailure " + failure.getClass().getSimpleName());
        }
    }

    private ScpClientHandler handlerWith(ScpInterceptor... interceptors) {
        ScpClientConfiguration.Builder configuration = setup.configuration();
        for (ScpInterceptor interceptor : interceptors) {
            configuration.addInterceptor(interceptor);
        }
        return ScpClientHandler.create("virtualserver", configuration.build());
    }

    private static final List<String> RETRIED_CALL = List.of(
            "a.beforeExecution", "b.beforeExecution", "call.beforeExecution",
            "a.beforeAttempt 1", "b.beforeAttempt 1", "call.beforeAttempt 1",
            "a.afterAttempt 1 503", "b.afterAttempt 1 503", "call.afterAttempt 1 503",
            "a.beforeAttempt 2", "b.beforeAttempt 2", "call.beforeAttempt 2",
            "a.afterAttempt 2 200", "b.afterAttempt 2 200", "call.afterAttempt 2 200",
            "a.onSuccess img-1", "b.onSuccess img-1", "call.onSuccess img-1");

    @Test
    void hooksRunInOrderConfigurationInterceptorsFirst() {
        server.enqueue(503, "{}").enqueue(200, IMAGE);

        handlerWith(new Recording("a"), new Recording("b")).execute(showImage()
                .overrides(ScpRequestOverrides.builder().addInterceptor(new Recording("call")).build()).build());

        assertThat(events).containsExactlyElementsOf(RETRIED_CALL);
    }

    @Test
    void asyncCallsRunTheHooksInTheSameOrder() throws Exception {
        server.enqueue(503, "{}").enqueue(200, IMAGE);

        handlerWith(new Recording("a"), new Recording("b")).executeAsync(showImage()
                .overrides(ScpRequestOverrides.builder().addInterceptor(new Recording("call")).build()).build())
                .get(5, TimeUnit.SECONDS);

        assertThat(events).containsExactlyElementsOf(RETRIED_CALL);
    }

    @Test
    void aFailedCallEndsWithOnFailure() {
        server.enqueue(404, "{}");

        catchThrowableOfType(ScpNotFoundException.class, () -> handlerWith(new Recording("a")).execute(showImage().build()));

        assertThat(events).containsExactly("a.beforeExecution", "a.beforeAttempt 1", "a.afterAttempt 1 404",
                "a.onFailure ScpNotFoundException");
    }

    @Test
    void theContextCarriesTheCallAndTheInterceptorsOwnValues() {
        ScpCallContext.Key<String> span = ScpCallContext.Key.named("span");
        List<String> seen = new CopyOnWriteArrayList<>();
        ScpInterceptor metrics = new ScpInterceptor() {
            @Override
            public void beforeExecution(ScpCallContext context) {
                seen.add(context.attempts() + " " + context.lastStatus());
                context.put(span, "span-of-" + context.operationName());
            }

            @Override
            public void onSuccess(ScpCallContext context, Object result) {
                seen.add(String.join(" ", context.serviceName(), context.operationName(), context.apiVersion(),
                        context.method().name(), context.pathAndQuery(), "attempts=" + context.attempts(),
                        "status=" + context.lastStatus().orElseThrow(), context.get(span).orElseThrow()));
                seen.add(context.elapsed().isNegative() ? "negative" : "elapsed");
            }
        };
        server.enqueue(503, "{}").enqueue(503, "{}").enqueue(200, IMAGE);

        handlerWith(metrics).execute(showImage().queryParameter("limit", 2).build());

        assertThat(seen).containsExactly("0 OptionalInt.empty",
                "virtualserver showImage 1.3 GET /v1/images/img-1?limit=2 attempts=3 status=200 span-of-showImage",
                "elapsed");
    }

    @Test
    void headersAddedBeforeAnAttemptAreSentAndTheSignatureStillMatches() {
        server.enqueue(503, "{}").enqueue(200, IMAGE);
        ScpInterceptor tracing = new ScpInterceptor() {
            @Override
            public void beforeAttempt(ScpCallContext context, ScpAttemptRequest request) {
                request.header("X-Trace-Id", "trace-" + request.attempt()).header("Accept-Language", "ko-KR");
            }
        };

        handlerWith(tracing).execute(showImage().build());

        assertThat(server.requests()).extracting(r -> r.header("X-Trace-Id")).containsExactly("trace-1", "trace-2");
        for (RecordedRequest request : server.requests()) {
            assertThat(request.header("Accept-Language")).isEqualTo("ko-KR");
            assertThat(request.header("Scp-Signature")).isEqualTo(ScpSigner.signature("GET",
                    server.baseUri() + "/v1/images/img-1", request.header("Scp-Timestamp"),
                    ScpCredentials.of(TestSetup.ACCESS_KEY, TestSetup.SECRET_KEY, TestSetup.ACCOUNT_ID)));
        }
    }

    @Test
    void anInterceptorThatThrowsFailsTheCallNamingItAndIsNotRetried() {
        IllegalStateException boom = new IllegalStateException("metrics backend down");
        ScpInterceptor broken = new Broken(boom);
        server.always(503, "{}");

        ScpInterceptorException error = catchThrowableOfType(ScpInterceptorException.class,
                () -> handlerWith(new Recording("a"), broken).execute(showImage().build()));

        assertThat(error).hasMessage("interceptor io.scpgen.runtime.InterceptorTest$Broken failed in afterAttempt"
                + " of showImage: metrics backend down").hasCause(boom);
        assertThat(error.interceptor()).isEqualTo(Broken.class.getName());
        assertThat(error.hook()).isEqualTo("afterAttempt");
        assertThat(server.requests()).hasSize(1);
        assertThat(setup.sleeper.pauses()).isEmpty();
        assertThat(events).endsWith("a.afterAttempt 1 503", "a.onFailure ScpInterceptorException");
    }

    @Test
    void anAsyncCallFailsWithTheInterceptorsFailureToo() {
        IllegalStateException boom = new IllegalStateException("no span");
        ScpInterceptor broken = new ScpInterceptor() {
            @Override
            public void beforeExecution(ScpCallContext context) {
                throw boom;
            }
        };

        assertThat(handlerWith(broken).executeAsync(showImage().build())).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class).havingCause()
                .isInstanceOf(ScpInterceptorException.class).withMessageContaining("failed in beforeExecution")
                .withCause(boom);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void whenOnFailureThrowsTheCallFailsWithThatAndTheOriginalSuppressed() {
        server.enqueue(404, "{}");
        IllegalStateException boom = new IllegalStateException("cannot close span");
        ScpInterceptor broken = new ScpInterceptor() {
            @Override
            public void onFailure(ScpCallContext context, Throwable failure) {
                throw boom;
            }
        };

        ScpInterceptorException error = catchThrowableOfType(ScpInterceptorException.class,
                () -> handlerWith(broken, new Recording("after")).execute(showImage().build()));

        assertThat(error.hook()).isEqualTo("onFailure");
        assertThat(error).hasCause(boom);
        assertThat(error.getSuppressed()).singleElement().isInstanceOf(ScpNotFoundException.class);
        assertThat(events).as("later interceptors still see the failure").contains("after.onFailure ScpNotFoundException");
    }

    @Test
    void anInterceptorCannotAddARestrictedOrInjectedHeader() {
        for (String[] header : List.of(new String[] {"Host", "evil.example"}, new String[] {"content-length", "0"},
                new String[] {"Connection", "close"}, new String[] {"Scp-Signature", "forged"},
                new String[] {"X-Note", "a\r\nX-Injected: 1"})) {
            ScpInterceptor adding = new ScpInterceptor() {
                @Override
                public void beforeAttempt(ScpCallContext context, ScpAttemptRequest request) {
                    request.header(header[0], header[1]);
                }
            };

            ScpInterceptorException error = catchThrowableOfType(ScpInterceptorException.class,
                    () -> handlerWith(adding).execute(showImage().build()));

            assertThat(error.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(header[0]);
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aRetriedCallStillFailsWithTheServersErrorWhenInterceptorsPass() {
        server.always(503, "{}");

        catchThrowableOfType(ScpServerException.class, () -> handlerWith(new Recording("a")).execute(showImage().build()));

        assertThat(events).filteredOn(e -> e.startsWith("a.afterAttempt"))
                .containsExactly("a.afterAttempt 1 503", "a.afterAttempt 2 503", "a.afterAttempt 3 503");
        assertThat(events).last().isEqualTo("a.onFailure ScpServerException");
    }

    private static final class Broken implements ScpInterceptor {
        private final RuntimeException failure;

        Broken(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void afterAttempt(ScpCallContext context, ScpAttemptResult result) {
            throw failure;
        }
    }
}
