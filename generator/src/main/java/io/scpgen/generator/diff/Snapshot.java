package io.scpgen.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Severity;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One side of a comparison: the spec of some doc pages, or a spec JSON file written earlier (such as the committed
 * {@code spec/virtualserver.json}).
 *
 * @param spec        null when nothing could be read
 * @param inputs      the file names read, sorted: what a report says was compared
 * @param diagnostics what was wrong with the input, sorted
 */
public record Snapshot(ServiceSpec spec, List<String> inputs, List<Diagnostic> diagnostics) {

    public Snapshot {
        inputs = inputs.stream().sorted().toList();
        diagnostics = List.copyOf(diagnostics);
    }

    /** A spec JSON file when {@code paths} is one {@code .json} file; doc pages and folders of them otherwise. */
    public static Snapshot load(List<Path> paths) {
        if (paths.size() == 1 && isSpecFile(paths.get(0))) {
            return ofSpecFile(paths.get(0));
        }
        return of(SpecFromDocs.withAllReaders().load(paths));
    }

    public static Snapshot of(SpecFromDocs.Result result) {
        List<String> files = result.coverage().stream().map(c -> fileName(Path.of(c.file()))).toList();
        return new Snapshot(result.spec(), files, result.diagnostics());
    }

    public static Snapshot ofSpecFile(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return failed(name, 0, "no such file: expected a spec JSON file");
        }
        try {
            ServiceSpec spec = SpecJson.read(file);
            if (spec == null || spec.name() == null) {
                return failed(name, 1, "not a scpgen spec: expected the JSON that `scpgen spec` writes, with a"
                        + " service name, versions and operations");
            }
            return new Snapshot(spec, List.of(fileName(file)), List.of());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            return failed(name, line, "not a readable scpgen spec: " + e.getOriginalMessage());
        } catch (IOException e) {
            return failed(name, 0, "cannot read the spec (" + e.getMessage() + "): expected a spec JSON file");
        }
    }

    /** Whether there is a spec to compare: something was read and no input was missing or unreadable. */
    public boolean usable() {
        return spec != null && diagnostics.stream().noneMatch(Diagnostic::missingInput);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    private static boolean isSpecFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                && !Files.isDirectory(path);
    }

    private static Snapshot failed(String file, int line, String message) {
        return new Snapshot(null, List.of(), List.of(new Diagnostic(file, line, Severity.ERROR, message)));
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
