package io.scpgen.generator.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotUpdateTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-03-02T09:00:00.750Z"), ZoneOffset.UTC);
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-03-03T09:00:00Z"), ZoneOffset.UTC);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path temp;

    private final LocalDocSite site = new LocalDocSite()
            .page("/virtualserver/pending-images/", "<h1>1 - 1.3</h1>")
            .page("/virtualserver/_print/", "<h1>Virtual Server</h1>");

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void writesEachPageAndAManifestOfUrlTimeAndHash() throws IOException {
        Path snapshot = temp.resolve("snapshot");

        SnapshotUpdate.Result result = update(MONDAY, snapshot, "/virtualserver/pending-images/", "/virtualserver/_print/");

        assertThat(result.failures()).isEmpty();
        assertThat(result.fetched()).extracting(SnapshotUpdate.Fetched::file, SnapshotUpdate.Fetched::change)
                .extracting(t -> t.toList().toString()).containsExactly(
                        "[virtualserver-pending-images.html, WRITTEN]", "[virtualserver-_print.html, WRITTEN]");
        assertThat(Files.readString(snapshot.resolve("virtualserver-pending-images.html"))).isEqualTo("<h1>1 - 1.3</h1>");
        assertThat(Files.readString(snapshot.resolve(Manifest.FILE_NAME))).isEqualTo("""
                {
                  "pages": [
                    {
                      "file": "virtualserver-_print.html",
                      "url": "%s",
                      "fetchedAt": "2026-03-02T09:00:00Z",
                      "sha256": "%s"
                    },
                    {
                      "file": "virtualserver-pending-images.html",
                      "url": "%s",
                      "fetchedAt": "2026-03-02T09:00:00Z",
                      "sha256": "%s"
                    }
                  ]
                }
                """.formatted(site.url("/virtualserver/_print/"), sha256("<h1>Virtual Server</h1>"),
                site.url("/virtualserver/pending-images/"), sha256("<h1>1 - 1.3</h1>")));
        assertThat(folderContents()).containsExactly("snapshot");
    }

    @Test
    void fetchingUnchangedPagesAgainChangesNoFile() throws IOException {
        Path snapshot = temp.resolve("snapshot");
        update(MONDAY, snapshot, "/virtualserver/pending-images/", "/virtualserver/_print/");
        List<Path> files = List.of(snapshot.resolve("virtualserver-pending-images.html"),
                snapshot.resolve("virtualserver-_print.html"), snapshot.resolve(Manifest.FILE_NAME));
        for (Path file : files) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        String manifest = Files.readString(snapshot.resolve(Manifest.FILE_NAME));

        SnapshotUpdate.Result again = update(TUESDAY, snapshot, "/virtualserver/pending-images/", "/virtualserver/_print/");

        assertThat(again.fetched()).extracting(SnapshotUpdate.Fetched::change)
                .containsOnly(SnapshotUpdate.Change.UNCHANGED);
        assertThat(Files.readString(snapshot.resolve(Manifest.FILE_NAME))).isEqualTo(manifest);
        for (Path file : files) {
            assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(LONG_AGO);
        }
    }

    @Test
    void aChangedPageIsRewrittenWithANewTimeAndTheOtherKeepsItsEntry() throws IOException {
        Path snapshot = temp.resolve("snapshot");
        update(MONDAY, snapshot, "/virtualserver/pending-images/", "/virtualserver/_print/");
        site.page("/virtualserver/pending-images/", "<h1>1 - 1.4</h1>");

        update(TUESDAY, snapshot, "/virtualserver/pending-images/", "/virtualserver/_print/");

        Manifest manifest = Manifest.read(snapshot);
        assertThat(manifest.page("virtualserver-pending-images.html")).hasValueSatisfying(p -> {
            assertThat(p.fetchedAt()).isEqualTo("2026-03-03T09:00:00Z");
            assertThat(p.sha256()).isEqualTo(sha256("<h1>1 - 1.4</h1>"));
        });
        assertThat(manifest.page("virtualserver-_print.html"))
                .hasValueSatisfying(p -> assertThat(p.fetchedAt()).isEqualTo("2026-03-02T09:00:00Z"));
        assertThat(Files.readString(snapshot.resolve("virtualserver-pending-images.html"))).isEqualTo("<h1>1 - 1.4</h1>");
    }

    @Test
    void pagesOfAnEarlierFetchKeepTheirEntries() throws IOException {
        Path snapshot = temp.resolve("snapshot");
        update(MONDAY, snapshot, "/virtualserver/_print/");

        update(TUESDAY, snapshot, "/virtualserver/pending-images/");

        assertThat(Manifest.read(snapshot).pages()).extracting(Manifest.Page::file, Manifest.Page::fetchedAt)
                .extracting(t -> t.toList().toString()).containsExactly(
                        "[virtualserver-_print.html, 2026-03-02T09:00:00Z]",
                        "[virtualserver-pending-images.html, 2026-03-03T09:00:00Z]");
    }

    @Test
    void oneFailedPageLeavesTheSnapshotAsItWasAndNoStagingBehind() throws IOException {
        Path snapshot = temp.resolve("snapshot");
        update(MONDAY, snapshot, "/virtualserver/_print/");
        String manifest = Files.readString(snapshot.resolve(Manifest.FILE_NAME));
        site.page("/virtualserver/_print/", "<h1>Virtual Server, changed</h1>");

        SnapshotUpdate.Result result = update(TUESDAY, snapshot, "/virtualserver/_print/", "/virtualserver/gone/");

        assertThat(result.fetched()).isEmpty();
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo(site.url("/virtualserver/gone/"));
            assertThat(f.reason()).isEqualTo("HTTP 404: expected 200 with an HTML page");
        });
        assertThat(Files.readString(snapshot.resolve("virtualserver-_print.html"))).isEqualTo("<h1>Virtual Server</h1>");
        assertThat(Files.readString(snapshot.resolve(Manifest.FILE_NAME))).isEqualTo(manifest);
        assertThat(folderContents()).containsExactly("snapshot");
    }

    @Test
    void twoUrlsThatWouldShareAFileAreRefused() throws IOException {
        URI other = URI.create(site.url("/virtualserver/_print/") + "?lang=en");

        SnapshotUpdate.Result result = new SnapshotUpdate(fetcher(), MONDAY)
                .update(temp.resolve("snapshot"), List.of(site.url("/virtualserver/_print/"), other));

        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .startsWith("its file name virtualserver-_print.html is already that of"));
        assertThat(folderContents()).isEmpty();
    }

    private SnapshotUpdate.Result update(Clock clock, Path snapshot, String... paths) throws IOException {
        return new SnapshotUpdate(fetcher(), clock).update(snapshot, Stream.of(paths).map(site::url).toList());
    }

    private static PageFetcher fetcher() {
        return new PageFetcher(Duration.ofSeconds(10), 1_000_000, "scpgen-test");
    }

    private List<String> folderContents() throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(String text) {
        java.security.MessageDigest digest = Sha256.newDigest();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(digest);
    }
}
