package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.scpgen.generator.fetch.LocalDocSite;
import io.scpgen.generator.fetch.Manifest;
import io.scpgen.generator.fetch.TricklingPageServer;
import io.scpgen.generator.spec.SpecJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scpgen fetch} against a doc site on 127.0.0.1 serving the HTML fixtures; no test reaches the internet. */
class FetchCommandTest {

    private static final String PAGE = "/apireference/compute/virtualserver/pending-images/";
    private static final String PRINT_VIEW = "/apireference/compute/virtualserver/_print/";

    @TempDir
    Path temp;

    private final LocalDocSite site = new LocalDocSite();

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void fetchesPagesFollowingRedirectsIntoASnapshotThatSpecReads() throws Exception {
        site.page(PAGE, fixture("pending-images-list.html")).page(PRINT_VIEW, fixture("virtualserver-print-excerpt.html"))
                .redirect("/virtualserver/_print/", PRINT_VIEW);
        Path snapshot = temp.resolve("snapshot");

        CliRun run = CliRun.of("fetch", "--url", site.url(PAGE).toString(),
                site.url("/virtualserver/_print/").toString(), "--out", snapshot.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains(
                "fetch: " + site.url(PAGE) + " -> " + snapshot.resolve("apireference-compute-virtualserver-pending-images.html")
                        + ": written",
                "fetch: 2 pages, 2 written, 0 unchanged; manifest " + snapshot.resolve(Manifest.FILE_NAME));
        assertThat(list(snapshot)).containsExactly("apireference-compute-virtualserver-pending-images.html",
                "manifest.json", "virtualserver-_print.html");
        assertThat(Files.readString(snapshot.resolve("virtualserver-_print.html")))
                .isEqualTo(fixture("virtualserver-print-excerpt.html"));
        assertThat(site.userAgents()).allSatisfy(agent -> assertThat(agent).startsWith("scpgen/"));

        CliRun spec = CliRun.of("spec", "--docs", snapshot.toString());
        assertThat(spec.exitCode()).isZero();
        assertThat(SpecJson.read(spec.out()).operations()).hasSize(3);
    }

    @Test
    void fetchingTheSamePagesAgainSaysTheyAreUnchanged() throws Exception {
        site.page(PAGE, fixture("pending-images-list.html"));
        Path snapshot = temp.resolve("snapshot");
        CliRun.of("fetch", "--url", site.url(PAGE).toString(), "--out", snapshot.toString());
        String manifest = Files.readString(snapshot.resolve(Manifest.FILE_NAME));

        CliRun again = CliRun.of("fetch", "--url", site.url(PAGE).toString(), "--out", snapshot.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).endsWith("fetch: 1 page, 0 written, 1 unchanged; manifest "
                + snapshot.resolve(Manifest.FILE_NAME) + System.lineSeparator());
        assertThat(Files.readString(snapshot.resolve(Manifest.FILE_NAME))).isEqualTo(manifest);
    }

    @Test
    void eachPageThatCannotBeFetchedIsOneLineAndNothingIsWritten() throws Exception {
        site.page(PAGE, "<h1>1 - 1.3</h1>")
                .serve("/notes.txt", 200, "text/plain; charset=utf-8", "1 - 1.3".getBytes(StandardCharsets.UTF_8))
                .serve("/huge/", 200, "text/html", new byte[5_000]);
        String refused = "http://127.0.0.1:" + closedPort() + "/virtualserver/";
        Path snapshot = temp.resolve("snapshot");

        CliRun run = CliRun.of("fetch", "--max-size", "4000", "--out", snapshot.toString(), "--url",
                site.url(PAGE).toString(), site.url("/missing/").toString(), refused,
                site.url("/notes.txt").toString(), site.url("/huge/").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "scpgen: fetch " + site.url("/missing/") + ": HTTP 404: expected 200 with an HTML page",
                "scpgen: fetch " + refused + ": cannot connect to 127.0.0.1:" + refused.split(":")[2].split("/")[0]
                        + " (connection refused or no route): expected a web server there",
                "scpgen: fetch " + site.url("/notes.txt") + ": content type 'text/plain; charset=utf-8': expected"
                        + " text/html, a page of the doc site",
                "scpgen: fetch " + site.url("/huge/") + ": larger than 4000 bytes: expected a page within the size"
                        + " cap (--max-size)",
                "scpgen: nothing written to " + snapshot + ": 4 of 5 pages could not be fetched");
        assertThat(list(temp)).isEmpty();
    }

    @Test
    void aPageWhoseBodyTricklesInEndsTheFetchAtItsTimeoutWithOneLine() throws Exception {
        Path snapshot = temp.resolve("snapshot");
        try (TricklingPageServer slow = new TricklingPageServer()) {
            // the server sends a byte a second for a minute: only a timeout bounding the whole page ends this
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(5 + 1), () -> CliRun.of("fetch",
                    "--timeout", "5", "--url", slow.url(PAGE).toString(), "--out", snapshot.toString()));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines()).containsExactly(
                    "scpgen: fetch " + slow.url(PAGE) + ": the page did not arrive whole within 5 s: expected it"
                            + " within the timeout (--timeout)",
                    "scpgen: nothing written to " + snapshot + ": 1 of 1 pages could not be fetched");
            // the download was stopped, not left running: the server's next bytes find no one
            assertThat(slow.clientHungUpWithin(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(list(temp)).isEmpty();
    }

    @Test
    void aFileAsTheSnapshotFolderOrANonHttpUrlIsAUserError() throws IOException {
        Path file = Files.writeString(temp.resolve("snapshot.html"), "<h1>1 - 1.3</h1>");

        CliRun intoFile = CliRun.of("fetch", "--url", site.url(PAGE).toString(), "--out", file.toString());
        CliRun ftp = CliRun.of("fetch", "--url", "ftp://docs.example.com/x/", "--out", temp.resolve("s").toString());

        assertThat(intoFile.exitCode()).isEqualTo(2);
        assertThat(intoFile.err()).contains("--out " + file + " is a file: expected a folder");
        assertThat(ftp.exitCode()).isEqualTo(2);
        assertThat(ftp.err()).contains("scpgen: fetch ftp://docs.example.com/x/: not an http or https URL");
        assertThat(site.userAgents()).isEmpty();
    }

    @Test
    void aSnapshotFolderWithAManifestScpgenDidNotWriteIsLeftAlone() throws IOException {
        Path snapshot = Files.createDirectories(temp.resolve("snapshot"));
        Files.writeString(snapshot.resolve(Manifest.FILE_NAME), "{\"pages\": [{\"file\": \"a.html\"");

        CliRun run = CliRun.of("fetch", "--url", site.url(PAGE).toString(), "--out", snapshot.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("scpgen: nothing fetched: cannot use " + snapshot + " (")
                .endsWith("): expected a writable folder whose manifest.json scpgen fetch wrote"));
        assertThat(list(snapshot)).containsExactly(Manifest.FILE_NAME);
        assertThat(site.userAgents()).isEmpty();
    }

    /** A port nothing listens on: the connection is refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String fixture(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(FetchCommandTest.class.getResource("/html/" + name).toURI()),
                StandardCharsets.UTF_8);
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
