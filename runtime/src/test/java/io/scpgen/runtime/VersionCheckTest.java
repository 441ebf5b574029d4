package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import io.scpgen.runtime.testing.CapturedLog;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.MutableClock;
import io.scpgen.runtime.testing.TestSetup;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The opt-in check of a client's versions against the service's live list (#18 point 2), on a fixed clock. */
class VersionCheckTest {
    private static final Instant TODAY = Instant.parse("2026-03-01T10:00:00Z");
    private static final String CLEAN_LIST = "{\"versions\":[{\"id\":\"v1.2\",\"status\":\"SUPPORTED\","
            + "\"not_before\":\"2026-12-31\"},{\"id\":\"v1.3\",\"status\":\"CURRENT\",\"not_before\":null}]}";

    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The version list at {@code /}, an empty 200 for any call. */
    private void serve(HttpHandler versionList) {
        server.always(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/")) {
                versionList.handle(exchange);
            } else {
                LoopbackServer.respond(exchange, 200, "");
            }
        });
    }

    /** Holds the answer until {@code release} opens (10 s at most), then answers as {@code then}. */
    private static HttpHandler stalledUntil(CountDownLatch release, HttpHandler then) {
        return exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.handle(exchange);
        };
    }

    private ScpClientHandler handler(boolean versionCheck, String... usedVersions) {
        return ScpClientHandler.create("virtualserver", true, setup.configuration().clock(new MutableClock(TODAY))
                .versionCheck(versionCheck).versionCheckTimeout(Duration.ofSeconds(2)).maxRemainDays(90).build(),
                PastDateWarningTest.DOCUMENTED, usedVersions);
    }

    private static void call(ScpClientHandler handler) {
        handler.execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", Void.class).apiVersion("1.3").build());
    }

    private static List<String> versionLog(CapturedLog log, Level level) {
        return log.lines().stream().filter(line -> line.logger().equals(VersionLog.LOGGER_NAME))
                .filter(line -> line.level() == level).map(CapturedLog.Line::message).toList();
    }

    private long versionListRequests() {
        return server.requests().stream().filter(request -> request.rawPath().equals("/")).count();
    }

    @Test
    void warnsAboutDeprecatedUnknownAndSoonEndingVersionsOnce() {
        serve(exchange -> LoopbackServer.respond(exchange, 200, "{\"versions\":["
                + "{\"id\":\"v1.1\",\"status\":\"DEPRECATED\",\"not_before\":\"2026-05-31\"},"
                + "{\"id\":\"v1.2\",\"status\":\"SUPPORTED\",\"not_before\":\"2026-05-30\"},"
                + "{\"id\":\"v1.3\",\"status\":\"CURRENT\",\"not_before\":\"2026-05-31\"},"
                + "{\"id\":\"v1.5\",\"status\":\"CURRENT\",\"not_before\":null}]}"));
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler handler = handler(true, "1.1", "1.2", "1.3", "1.4");
            call(handler);
            call(handler);
            handler.versionCheckFinished().join();

            assertThat(versionLog(log, Level.WARNING)).containsExactly(
                    "virtualserver API version 1.1, which this client uses, is DEPRECATED on the service,"
                            + " supported until 2026-05-31",
                    "virtualserver API version 1.2, which this client uses, is supported until 2026-05-30,"
                            + " within 90 days (max-remain-days)",
                    "virtualserver API version 1.4, which this client uses, is unknown to the service, which lists"
                            + " 1.1, 1.2, 1.3, 1.5: regenerate the SDK from the current docs");
            assertThat(versionListRequests()).as("checked once per client").isEqualTo(1);
        }
    }

    @Test
    void theWindowEndsMaxRemainDaysAfterToday() {
        // 2026-03-01 + 90 days = 2026-05-30: warned; 2026-05-31 is outside
        serve(exchange -> LoopbackServer.respond(exchange, 200, "{\"versions\":["
                + "{\"id\":\"v1.2\",\"status\":\"SUPPORTED\",\"not_before\":\"2026-05-31\"},"
                + "{\"id\":\"v1.3\",\"status\":\"CURRENT\",\"not_before\":\"2026-05-30\"}]}"));
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler handler = handler(true, "1.2", "1.3");
            call(handler);
            handler.versionCheckFinished().join();

            assertThat(versionLog(log, Level.WARNING)).singleElement().asString()
                    .startsWith("virtualserver API version 1.3, which this client uses, is supported until 2026-05-30");
        }
    }

    @Test
    void aCleanListGivesNoWarning() {
        serve(exchange -> LoopbackServer.respond(exchange, 200, CLEAN_LIST));
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler handler = handler(true, "1.2", "1.3");
            call(handler);
            handler.versionCheckFinished().join();

            assertThat(versionListRequests()).isEqualTo(1);
            assertThat(log.lines()).noneMatch(line -> line.logger().equals(VersionLog.LOGGER_NAME));
        }
    }

    @Test
    void isOffByDefault() {
        serve(exchange -> LoopbackServer.respond(exchange, 200, CLEAN_LIST));
        ScpClientHandler handler = ScpClientHandler.create("virtualserver", true,
                setup.configuration().clock(new MutableClock(TODAY)).build(), PastDateWarningTest.DOCUMENTED, "1.3");
        call(handler);
        call(handler);

        assertThat(handler.configuration().versionCheck()).isFalse();
        assertThat(server.requests()).extracting(LoopbackServer.RecordedRequest::rawPath)
                .containsExactly("/v1/images", "/v1/images");
    }

    @Test
    void aFailedCheckIsOneInfoLineAndTheCallSucceeds() {
        serve(exchange -> LoopbackServer.respond(exchange, 503, "{\"message\":\"maintenance\"}"));
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler handler = handler(true, "1.3");
            call(handler);
            handler.versionCheckFinished().join();

            assertThat(versionLog(log, Level.INFO)).singleElement().asString()
                    .startsWith("the virtualserver version check failed, no version was checked: ")
                    .contains("503");
            assertThat(versionLog(log, Level.WARNING)).isEmpty();
            assertThat(versionListRequests()).as("not retried").isEqualTo(1);
        }
    }

    @Test
    void neverBlocksTheCallWhileTheListStalls() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        serve(stalledUntil(release, exchange -> LoopbackServer.respond(exchange, 200, "{\"versions\":[]}")));
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler handler = handler(true, "1.3");
            call(handler);
            call(handler);

            assertThat(handler.versionCheckFinished()).as("the list is still stalled").isNotDone();
            release.countDown();
            handler.versionCheckFinished().join();
            assertThat(versionLog(log, Level.WARNING)).singleElement().asString()
                    .contains("1.3, which this client uses, is unknown to the service, which lists no version");
        }
    }

    @Test
    void aListThatNeverComesEndsTheCheckAtItsTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        serve(stalledUntil(never, exchange -> { }));
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler handler = ScpClientHandler.create("virtualserver", true, setup.configuration()
                    .clock(new MutableClock(TODAY)).versionCheck(true).versionCheckTimeout(Duration.ofMillis(300))
                    .build(), PastDateWarningTest.DOCUMENTED, "1.3");
            call(handler);
            handler.versionCheckFinished().join();

            assertThat(versionLog(log, Level.INFO)).singleElement().asString().startsWith(
                    "the virtualserver version check failed, no version was checked: ");
        } finally {
            never.countDown();
        }
    }
}
