package io.scpgen.generator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.openapi.OpenApiExporter;
import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scpgen openapi}: reads the docs and writes one OpenAPI 3.1 document per API version. */
@Command(name = "openapi", mixinStandardHelpOptions = true,
        description = "Reads API documentation pages and writes DIR/<service>-<version>.openapi.json, one OpenAPI 3.1"
                + " document per service and API version.")
final class OpenApiCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DocsOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write the documents to (created if absent).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return export(err);
        } finally {
            err.flush();
        }
    }

    private int export(PrintWriter err) {
        if (Files.exists(out) && !Files.isDirectory(out)) { // before the docs are read, as fetch does
            err.println("scpgen: no OpenAPI document written: --out " + out + " is a file: expected a folder");
            return ExitCodes.USER_ERROR;
        }
        Optional<List<ServiceSpec>> loaded = input.load(err, "no OpenAPI document written");
        if (loaded.isEmpty()) {
            return ExitCodes.USER_ERROR;
        }

        // the export only warns (what it works around); only reading the docs can fail under --strict
        Diagnostics exportDiagnostics = new Diagnostics();
        Map<Path, String> files = new LinkedHashMap<>();
        Map<Path, String> summaries = new LinkedHashMap<>();
        for (ServiceSpec service : loaded.get()) {
            OpenApiExporter.documents(service, exportDiagnostics).forEach((version, document) -> {
                Path file = out.resolve(OpenApiExporter.fileName(service, version));
                files.put(file, OpenApiExporter.json(document));
                summaries.put(file, operations(document) + " operations, " + document.path("components")
                        .path("schemas").size() + " schemas");
            });
        }
        exportDiagnostics.sorted().stream().map(Diagnostic::format).forEach(err::println);
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            err.println("scpgen: cannot write to " + out + ": " + e);
            return ExitCodes.USER_ERROR;
        }
        summaries.forEach((file, summary) -> err.println("openapi: " + file + ": " + summary));
        return ExitCodes.OK;
    }

    private static int operations(ObjectNode document) {
        int count = 0;
        for (JsonNode pathItem : document.path("paths")) {
            count += pathItem.size();
        }
        return count;
    }
}
