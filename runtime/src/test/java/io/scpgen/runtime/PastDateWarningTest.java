package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.runtime.testing.CapturedLog;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.MutableClock;
import io.scpgen.runtime.testing.TestSetup;
import io.scpgen.runtime.version.ScpApiVersion;
import io.scpgen.runtime.version.ScpApiVersionStatus;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The warning about a call through a version whose documented supported-until date has passed (#17 point 3). */
class PastDateWarningTest {
    static final List<ScpApiVersion> DOCUMENTED = List.of(
            ScpApiVersion.of("1.0", ScpApiVersionStatus.DEPRECATED, LocalDate.of(2026, 5, 31)),
            ScpApiVersion.of("1.1", ScpApiVersionStatus.DEPRECATED, LocalDate.of(2026, 5, 31)),
            ScpApiVersion.of("1.3", ScpApiVersionStatus.CURRENT, null));
    private static final Instant DAY_AFTER = Instant.parse("2026-06-01T00:00:00Z");

    private final LoopbackServer server = LoopbackServer.start().always(200, "");
    private final TestSetup setup = new TestSetup(server);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ScpClientHandler handlerAt(Instant now) {
        return ScpClientHandler.create("virtualserver", true,
                setup.configuration().clock(new MutableClock(now)).build(), DOCUMENTED, "1.3");
    }

    private static ScpRequest<Void> listImages(String version) {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images", Void.class).operationName("listImages")
                .apiVersion(version).build();
    }

    private static List<String> warnings(CapturedLog log) {
        return log.lines().stream().filter(line -> line.logger().equals(VersionLog.LOGGER_NAME))
                .filter(line -> line.level() == Level.WARNING).map(CapturedLog.Line::message).toList();
    }

    @Test
    void warnsOncePerClientAndVersionNamingTheDateAndTheOperationsNewestVersion() {
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler first = handlerAt(DAY_AFTER);
            first.execute(listImages("1.1"), "1.3");
            first.executeAsync(listImages("1.1"), "1.3").join();

            assertThat(warnings(log)).containsExactly("virtualserver API version 1.1 was supported until 2026-05-31,"
                    + " a date now past: its calls may stop working. The newest version the docs document for"
                    + " listImages is 1.3.");

            first.execute(listImages("1.0"), "1.0");
            first.execute(listImages("1.3"), "1.3");
            handlerAt(DAY_AFTER).execute(listImages("1.1"));

            assertThat(warnings(log)).hasSize(3);
            assertThat(warnings(log).get(1)).startsWith("virtualserver API version 1.0 was supported until 2026-05-31")
                    .endsWith("The docs document no newer version of listImages.");
            assertThat(warnings(log).get(2)).as("a second client warns again, without a newest version when none"
                    + " was given").endsWith("a date now past: its calls may stop working.");
            assertThat(server.requests()).hasSize(5);
        }
    }

    @Test
    void warnsNotAtAllUntilTheDateHasPassed() {
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler handler = handlerAt(Instant.parse("2026-05-31T23:59:59Z"));
            handler.execute(listImages("1.1"), "1.3");
            handler.execute(listImages("1.0"), "1.3");

            assertThat(log.lines()).noneMatch(line -> line.logger().equals(VersionLog.LOGGER_NAME));
        }
    }

    @Test
    void aHandlerWithoutTheDocsVersionsNeverWarns() {
        try (CapturedLog log = CapturedLog.at(Level.DEBUG)) {
            ScpClientHandler.create("virtualserver", setup.configuration().clock(new MutableClock(DAY_AFTER)).build())
                    .execute(listImages("1.1"), "1.3");

            assertThat(warnings(log)).isEmpty();
        }
    }
}
