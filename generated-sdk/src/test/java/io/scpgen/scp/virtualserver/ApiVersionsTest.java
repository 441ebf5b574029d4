package io.scpgen.scp.virtualserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpJson;
import io.scpgen.runtime.version.ScpApiVersion;
import io.scpgen.runtime.version.ScpApiVersionStatus;
import io.scpgen.scp.virtualserver.request.ListImagesRequest;
import io.scpgen.scp.virtualserver.request.ListPendingImagesRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated clients and the docs' versions at run time, against the docs mock of the committed spec: the live
 * list, the warning about a version past its date (#17 point 3) and the opt-in version check (#18 point 2). The
 * runtime logs through System.Logger, here backed by java.util.logging, whose records the test collects.
 */
class ApiVersionsTest {
    private static final Path SPEC = Path.of("..", "spec", "virtualserver.json");
    private static final Logger VERSIONS_LOG = Logger.getLogger("io.scpgen.runtime.versions");
    /** The day after 1.1's supported-until date, 2026-05-31. */
    private static final Instant JUNE_FIRST = Instant.parse("2026-06-01T08:00:00Z");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    /** A permit per record, so a test can wait for what a background task logs. */
    private final Semaphore recorded = new Semaphore(0);
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
            recorded.release();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureVersionLog() {
        VERSIONS_LOG.addHandler(capture);
        VERSIONS_LOG.setUseParentHandlers(false);
    }

    @AfterEach
    void releaseVersionLog() {
        VERSIONS_LOG.removeHandler(capture);
        VERSIONS_LOG.setUseParentHandlers(true);
    }

    private static MockScpServer docsMock() throws Exception {
        return DocsMock.start(ScpJson.mapper().readTree(SPEC.toFile()));
    }

    /** Nothing from the machine's environment or ~/.scpconf: only what the test sets. */
    private static ScpClientConfiguration.Builder configuration(MockScpServer mock, Instant now) {
        return ScpClientConfiguration.builder().environmentVariables(name -> null)
                .homeDirectory(Path.of("target", "home-without-scpconf")).credentials(DocsMock.CREDENTIALS)
                .endpointOverride(mock.baseUri()).clock(Clock.fixed(now, ZoneOffset.UTC));
    }

    private List<String> warnings() {
        return records.stream().filter(record -> record.getLevel() == Level.WARNING).map(LogRecord::getMessage)
                .toList();
    }

    @Test
    void theCurrentClientReadsTheLiveListWhichMatchesTheDocumentedTable() throws Exception {
        try (MockScpServer mock = docsMock();
             VirtualServerClient client = VirtualServerClient.create(configuration(mock, JUNE_FIRST).build())) {
            List<ScpApiVersion> live = client.apiVersions();

            assertThat(mock.lastRequest().path()).isEqualTo("/");
            assertThat(mock.lastRequest().header("Scp-Api-Version")).isEmpty();
            assertThat(live).extracting(ScpApiVersion::version).containsExactly("1.0", "1.1", "1.2", "1.3");
            assertThat(live.get(1).status()).isEqualTo(ScpApiVersionStatus.DEPRECATED);
            assertThat(live.get(1).notBefore()).contains(LocalDate.of(2026, 5, 31));
            assertThat(live.get(3).notBefore()).isEmpty();
            assertThat(live).allSatisfy(version -> assertThat(version.link()).isPresent());
            assertThat(live).extracting(ScpApiVersion::version, ScpApiVersion::status, ScpApiVersion::notBefore)
                    .isEqualTo(VirtualServerApiVersions.documented().stream()
                            .map(v -> org.assertj.core.groups.Tuple.tuple(v.version(), v.status(), v.notBefore()))
                            .toList());
        }
    }

    @Test
    @SuppressWarnings("deprecation") // 1.1 is the deprecated version whose date has passed
    void aPinnedClientWarnsOncePerVersionPastItsDateNamingTheNewestVersion() throws Exception {
        try (MockScpServer mock = docsMock()) {
            io.scpgen.scp.virtualserver.v1_1.VirtualServerClient first = io.scpgen.scp.virtualserver.v1_1
                    .VirtualServerClient.create(configuration(mock, JUNE_FIRST).build());
            first.pendingImages().listPendingImages(ListPendingImagesRequest.builder().build());
            first.images().listImages(ListImagesRequest.builder().build());

            assertThat(warnings()).as("one warning for the client's version, at its first call").containsExactly(
                    "virtualserver API version 1.1 was supported until 2026-05-31, a date now past: its calls may"
                            + " stop working. The newest version the docs document for listPendingImages is 1.3.");

            io.scpgen.scp.virtualserver.v1_1.VirtualServerClient.create(configuration(mock, JUNE_FIRST).build())
                    .images().listImages(ListImagesRequest.builder().build());
            assertThat(warnings()).as("a second client warns again").hasSize(2);
            assertThat(warnings().get(1)).endsWith("The docs document no newer version of listImages.");
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void noWarningOnOrBeforeTheDate() throws Exception {
        try (MockScpServer mock = docsMock()) {
            io.scpgen.scp.virtualserver.v1_1.VirtualServerClient.create(
                    configuration(mock, Instant.parse("2026-05-31T23:00:00Z")).build())
                    .images().listImages(ListImagesRequest.builder().build());

            assertThat(records).isEmpty();
        }
    }

    @Test
    void theVersionCheckWarnsAboutTheDeprecatedVersionTheCurrentClientUses() throws Exception {
        try (MockScpServer mock = docsMock();
             VirtualServerClient client = VirtualServerClient.create(configuration(mock,
                     Instant.parse("2026-03-01T00:00:00Z")).versionCheck(true).build())) {
            client.pendingImages().listPendingImages(ListPendingImagesRequest.builder().build());

            // the check runs beside the call: wait for its two lines (bounded; the assertion is on their content)
            assertThat(recorded.tryAcquire(2, 10, TimeUnit.SECONDS)).as("the check logged twice").isTrue();
            assertThat(warnings()).as("the current client uses 1.0, 1.1 and 1.3; 1.3 is CURRENT without a date")
                    .containsExactly(
                            "virtualserver API version 1.0, which this client uses, is DEPRECATED on the service,"
                                    + " supported until 2025-12-31",
                            "virtualserver API version 1.1, which this client uses, is DEPRECATED on the service,"
                                    + " supported until 2026-05-31");
        }
    }
}
