package io.scpgen.generator.fetch;

import io.scpgen.generator.output.AtomicFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches pages into a snapshot folder so that the folder is never half-written: every page is downloaded into a
 * staging folder beside it first, and only when all of them arrived are the changed ones moved in, each in one
 * step, the manifest last. A page whose bytes did not change is left alone, and so is its manifest entry with its
 * fetch time, so fetching unchanged pages again changes no file. Pages of earlier fetches keep their entries.
 */
public final class SnapshotUpdate {

    /** What happened to one page's file. */
    public enum Change { WRITTEN, UNCHANGED }

    public record Fetched(URI url, String file, Change change) {
    }

    public record Failure(URI url, String reason) {
    }

    /** Either every page was fetched ({@code failures} empty) or none was written ({@code fetched} empty). */
    public record Result(List<Fetched> fetched, List<Failure> failures) {
    }

    private final PageFetcher fetcher;
    private final Clock clock;

    public SnapshotUpdate(PageFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * Fetches {@code urls} into {@code folder}.
     *
     * @throws IOException when the folder's manifest cannot be read, or the folder cannot be written
     */
    public Result update(Path folder, List<URI> urls) throws IOException {
        Manifest old = Manifest.read(folder);
        List<Failure> failures = new ArrayList<>();
        Map<String, URI> files = fileNames(urls, failures);
        Path target = folder.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".fetch-");
        try {
            Map<String, String> hashes = new LinkedHashMap<>();
            files.forEach((file, url) -> {
                try {
                    hashes.put(file, fetcher.fetch(url, staging.resolve(file)));
                } catch (FetchException e) {
                    failures.add(new Failure(url, e.getMessage()));
                }
            });
            if (!failures.isEmpty()) {
                return new Result(List.of(), failures);
            }
            return moveIntoPlace(folder, staging, old, files, hashes);
        } finally {
            AtomicFiles.deleteTree(staging);
        }
    }

    /** A file name per URL; a URL that would take another URL's file is a failure. */
    private static Map<String, URI> fileNames(List<URI> urls, List<Failure> failures) {
        Map<String, URI> files = new LinkedHashMap<>();
        for (URI url : urls.stream().distinct().toList()) {
            String file = SnapshotFileNames.of(url);
            URI other = files.putIfAbsent(file, url);
            if (other != null) {
                failures.add(new Failure(url, "its file name " + file + " is already that of " + other
                        + ": expected URLs with different paths"));
            }
        }
        return files;
    }

    private Result moveIntoPlace(Path folder, Path staging, Manifest old, Map<String, URI> files,
                                 Map<String, String> hashes) throws IOException {
        Files.createDirectories(folder);
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Fetched> fetched = new ArrayList<>();
        List<Manifest.Page> pages = new ArrayList<>(old.pages().stream()
                .filter(p -> !files.containsKey(p.file())).toList());
        for (Map.Entry<String, URI> entry : files.entrySet()) {
            String file = entry.getKey();
            String url = entry.getValue().toString();
            String hash = hashes.get(file);
            Path target = folder.resolve(file);
            boolean unchanged = Files.isRegularFile(target) && Sha256.of(target).equals(hash);
            if (!unchanged) {
                AtomicFiles.move(staging.resolve(file), target);
            }
            pages.add(old.page(file).filter(p -> unchanged && p.url().equals(url) && p.sha256().equals(hash))
                    .orElse(new Manifest.Page(file, url, now, hash)));
            fetched.add(new Fetched(entry.getValue(), file, unchanged ? Change.UNCHANGED : Change.WRITTEN));
        }
        writeIfChanged(folder.resolve(Manifest.FILE_NAME), new Manifest(pages).json());
        return new Result(fetched, List.of());
    }

    private static void writeIfChanged(Path file, String content) throws IOException {
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            AtomicFiles.write(file, content);
        }
    }
}
