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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One side of a comparison: the spec of some doc pages, or a spec JSON file written earlier (such as the committed
 * {@code spec/virtualserver.json}).
 *
 * @param specs       one per service, sorted by service id; empty when nothing could be read
 * @param inputs      the file names read, sorted: what a report says was compared
 * @param diagnostics what was wrong with the input, sorted
 * @param problem     why the side cannot be compared although its files were read (a page naming no service, two
 *                    spec files of one service); null when there is none
 */
public record Snapshot(List<ServiceSpec> specs, List<String> inputs, List<Diagnostic> diagnostics, String problem) {

    public Snapshot(List<ServiceSpec> specs, List<String> inputs, List<Diagnostic> diagnostics) {
        this(specs, inputs, diagnostics, null);
    }

    public Snapshot {
        specs = specs.stream().sorted(Comparator.comparing(ServiceSpec::name)).toList();
        inputs = inputs.stream().sorted().toList();
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Spec JSON files when every path is a {@code .json} file (one per service, such as the committed
     * {@code spec/virtualserver.json}); doc pages and folders of them otherwise.
     */
    public static Snapshot load(List<Path> paths, String unnamedService) {
        if (!paths.isEmpty() && paths.stream().allMatch(Snapshot::isSpecFile)) {
            List<Snapshot> files = paths.stream().map(Snapshot::ofSpecFile).toList();
            List<ServiceSpec> specs = files.stream().flatMap(f -> f.specs().stream()).toList();
            List<String> twice = specs.stream().map(ServiceSpec::name).filter(name -> specs.stream()
                    .filter(other -> other.name().equals(name)).count() > 1).distinct().sorted().toList();
            return new Snapshot(specs, files.stream().flatMap(f -> f.inputs().stream()).toList(),
                    files.stream().flatMap(f -> f.diagnostics().stream()).toList(), twice.isEmpty() ? null
                    : "several spec files hold the service " + twice + ": expected one file per service");
        }
        return of(SpecFromDocs.withAllReaders().load(paths, unnamedService));
    }

    public static Snapshot load(List<Path> paths) {
        return load(paths, null);
    }

    public static Snapshot of(SpecFromDocs.Result result) {
        List<String> files = result.coverage().stream().map(c -> fileName(Path.of(c.file()))).toList();
        // a page whose sections name no service cannot be placed: the side would not be the docs
        String unnamed = result.unnamedPages().isEmpty() ? null
                : result.unusable(false, "--strict", "--service NAME").orElse(null);
        return new Snapshot(result.specs(), files, result.diagnostics(), unnamed);
    }

    /** The spec of the one service; null when there is none. */
    public ServiceSpec spec() {
        if (specs.size() > 1) {
            throw new IllegalStateException("the snapshot holds " + specs.size() + " services, not one");
        }
        return specs.isEmpty() ? null : specs.get(0);
    }

    /** The same snapshot with only {@code service}'s spec: one service's side of a comparison. */
    public Snapshot only(ServiceSpec service) {
        return new Snapshot(List.of(service), inputs, diagnostics, problem);
    }

    public Optional<ServiceSpec> service(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst();
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
            return new Snapshot(List.of(spec), List.of(fileName(file)), List.of());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            return failed(name, line, "not a readable scpgen spec: " + e.getOriginalMessage());
        } catch (IOException e) {
            return failed(name, 0, "cannot read the spec (" + e.getMessage() + "): expected a spec JSON file");
        }
    }

    /** Whether there is a spec to compare: something was read and no input was missing or unreadable. */
    public boolean usable() {
        return problem == null && !specs.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::missingInput);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    private static boolean isSpecFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                && !Files.isDirectory(path);
    }

    private static Snapshot failed(String file, int line, String message) {
        return new Snapshot(List.of(), List.of(), List.of(new Diagnostic(file, line, Severity.ERROR, message)));
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
