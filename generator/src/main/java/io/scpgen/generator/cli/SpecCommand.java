package io.scpgen.generator.cli;

import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.ServiceSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scpgen spec}: reads the docs and writes the normalized spec JSON. */
@Command(name = "spec", mixinStandardHelpOptions = true,
        description = "Reads API documentation pages and writes the normalized spec as JSON.")
final class SpecCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DocsOptions input;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Where to write the spec: a FILE ending in .json for one service, else a folder that gets"
                    + " DIR/<service>.json per service; standard output if absent (one service only).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return write(err);
        } finally {
            err.flush();
        }
    }

    private int write(PrintWriter err) {
        Optional<List<ServiceSpec>> loaded = input.load(err, "no spec written");
        if (loaded.isEmpty()) {
            return ExitCodes.USER_ERROR;
        }
        List<ServiceSpec> services = loaded.get();
        if (out == null && services.size() > 1) {
            err.println("scpgen: no spec written: the docs hold " + services.size() + " services "
                    + names(services) + ": give --out DIR for DIR/<service>.json each, or --services NAME");
            return ExitCodes.USER_ERROR;
        }
        if (out == null) {
            spec.commandLine().getOut().print(SpecJson.write(services.get(0)));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        boolean toFolder = Files.isDirectory(out) || services.size() > 1 || !isJsonFile(out);
        if (toFolder && Files.exists(out) && !Files.isDirectory(out)) {
            err.println("scpgen: no spec written: --out " + out + " is a file and the docs hold " + services.size()
                    + " services " + names(services) + ": expected a folder");
            return ExitCodes.USER_ERROR;
        }
        Map<Path, String> files = new LinkedHashMap<>();
        for (ServiceSpec service : services) {
            files.put(toFolder ? out.resolve(service.name() + ".json") : out, SpecJson.write(service));
        }
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            err.println("scpgen: no spec written: cannot write " + out + " (" + e + "): expected a writable "
                    + (toFolder ? "folder" : "file"));
            return ExitCodes.USER_ERROR;
        }
        for (ServiceSpec service : services) {
            err.println("spec: " + service.name() + ": " + service.operations().size() + " operations, "
                    + service.models().size() + " models written to "
                    + (toFolder ? out.resolve(service.name() + ".json") : out));
        }
        return ExitCodes.OK;
    }

    /** {@code spec/virtualserver.json}: a file; {@code spec/networking} or {@code spec/networking/}: a folder. */
    private static boolean isJsonFile(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private static List<String> names(List<ServiceSpec> services) {
        return services.stream().map(ServiceSpec::name).toList();
    }
}
