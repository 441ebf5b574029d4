package io.scpgen.generator.cli;

import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads docs ({@code --docs}, {@code --service}, {@code --services},
 * {@code --strict}), and the reading itself.
 */
final class DocsOptions {

    @Option(names = "--docs", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Doc files or folders (read recursively); pages of several services may be mixed.")
    List<Path> docs;

    @Option(names = "--service", paramLabel = "NAME",
            description = "The service (id as in Scp-Api-Version, e.g. virtualserver) of pages that name none.")
    String service;

    @Option(names = "--services", split = ",", paramLabel = "NAME",
            description = "The services to process, e.g. virtualserver,direct-connect (default: every service in"
                    + " the docs).")
    List<String> services;

    @Option(names = "--strict", description = "Fail (exit 2) on any error in the docs, not only on unreadable input.")
    boolean strict;

    /**
     * Reads the docs and prints their diagnostics and coverage to {@code err}. Empty when the command must stop
     * (exit 2): no page could be read, an input is missing, a page names no service, a chosen service is not in the
     * docs, or {@code --strict} and the docs have errors; the last line printed then says so, after
     * {@code nothingDone} ("no spec written").
     */
    Optional<List<ServiceSpec>> load(PrintWriter err, String nothingDone) {
        Optional<String> badService = service == null ? Optional.empty() : ServiceSpec.notAServiceId(service);
        if (badService.isPresent()) {
            err.println("scpgen: " + nothingDone + ": --service " + badService.get());
            return Optional.empty();
        }
        SpecFromDocs.Result result = SpecFromDocs.withAllReaders().load(docs, service);
        result.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
        result.coverage().stream().map(SpecFromDocs.Coverage::format).forEach(err::println);
        List<String> chosen = services == null ? List.of() : services;
        Optional<String> unusable = result.unusable(strict, "--strict", "--service NAME");
        List<String> unknown = result.unknownServices(chosen);
        if (unusable.isEmpty() && !unknown.isEmpty()) {
            unusable = Optional.of("--services " + unknown + " not in the docs; they hold "
                    + result.specs().stream().map(ServiceSpec::name).toList());
        }
        if (unusable.isPresent()) {
            err.println("scpgen: " + nothingDone + ": " + unusable.get());
            return Optional.empty();
        }
        return Optional.of(result.specs(chosen));
    }
}
