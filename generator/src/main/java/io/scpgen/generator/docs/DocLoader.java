package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads doc files and folders (recursively) into parsed pages, each with the reader its content calls for. */
public final class DocLoader {

    private static final List<String> DOC_EXTENSIONS = List.of(".txt", ".md", ".html", ".htm");

    private final DocReaders readers;

    public DocLoader(DocReaders readers) {
        this.readers = readers;
    }

    /** The files to read: a file as given, a folder's doc files in name order; a missing path is an error. */
    public static List<Path> expand(List<Path> inputs, Diagnostics diagnostics) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(DocLoader::isDocFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    diagnostics.error(input.toString(), 0, "cannot list the folder (" + e.getMessage()
                            + "): expected a readable folder of doc pages");
                }
            } else {
                diagnostics.error(input.toString(), 0, "no such file or folder: expected a doc page or a folder of them");
            }
        }
        return files.stream().distinct().toList();
    }

    private static boolean isDocFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && DOC_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Reads and parses one file; empty when it cannot be read at all (the diagnostics say why). */
    public Optional<DocPage.Parsed> load(Path file, Diagnostics diagnostics) {
        return SourceDocument.load(file, file.toString(), diagnostics).flatMap(d -> parse(d, diagnostics));
    }

    public Optional<DocPage.Parsed> parse(SourceDocument document, Diagnostics diagnostics) {
        if (document.isBlank()) {
            diagnostics.error(document.name(), 1, "empty file: expected a page of the API documentation");
            return Optional.empty();
        }
        Optional<DocReader> reader = readers.readerFor(document);
        if (reader.isEmpty()) {
            diagnostics.error(document.name(), 1, "not a page of the API documentation: expected an HTML page of the doc"
                    + " site, a flattened print view, a page with pipe tables, or a command-line reference page");
            return Optional.empty();
        }
        List<Block> blocks = reader.get().read(document, diagnostics);
        return Optional.of(DocParser.parse(document, blocks, diagnostics));
    }
}
