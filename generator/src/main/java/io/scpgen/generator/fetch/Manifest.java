package io.scpgen.generator.fetch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scpgen.generator.spec.SpecJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code manifest.json} of a snapshot folder: for each page, its file, the URL it came from, when it was fetched and
 * the SHA-256 of its bytes. Pages are sorted by file; the fetch time is the only field that depends on the clock.
 */
public record Manifest(List<Page> pages) {

    public static final String FILE_NAME = "manifest.json";

    /** One fetched page; {@code fetchedAt} is an ISO-8601 UTC instant. */
    @JsonPropertyOrder({"file", "url", "fetchedAt", "sha256"})
    public record Page(String file, String url, String fetchedAt, String sha256) {
        boolean incomplete() {
            return file == null || url == null || fetchedAt == null || sha256 == null;
        }
    }

    public Manifest {
        pages = pages == null ? List.of() : pages.stream()
                .sorted(Comparator.comparing(Page::file, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    public Optional<Page> page(String file) {
        return pages.stream().filter(p -> p.file().equals(file)).findFirst();
    }

    /** The manifest of {@code folder}; empty when it has none yet. */
    static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new Manifest(List.of());
        }
        Manifest manifest = SpecJson.mapper().readValue(file.toFile(), Manifest.class);
        if (manifest == null || manifest.pages().stream().anyMatch(Page::incomplete)) {
            throw new IOException("a page entry lacks its file, url, fetchedAt or sha256");
        }
        return manifest;
    }

    String json() {
        return SpecJson.write(this);
    }
}
