package io.scpgen.generator.cli;

import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of every command that reads docs ({@code --docs}, {@code --strict}), and the reading itself. */
final class DocsOptions {

    @Option(names = "--docs", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Doc files or folders (read recursively).")
    List<Path> docs;

    @Option(names = "--strict", description = "Fail (exit 2) on any error in the docs, not only on unreadable input.")
    boolean strict;

    /**
     * Reads the docs and prints their diagnostics and coverage to {@code err}. Empty when the command must stop
     * (exit 2): no page could be read, an input is missing, or {@code --strict} and the docs have errors; the last
     * line printed then says so, after {@code nothingDone} ("no spec written").
     */
    Optional<SpecFromDocs.Result> load(PrintWriter err, String nothingDone) {
        SpecFromDocs.Result result = SpecFromDocs.withAllReaders().load(docs);
        result.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
        result.coverage().stream().map(SpecFromDocs.Coverage::format).forEach(err::println);
        boolean missingInput = result.missingInput();
        if (result.spec() == null || missingInput || (strict && result.hasErrors())) {
            err.println("scpgen: " + nothingDone + ": " + (result.spec() == null ? "no doc page could be read"
                    : missingInput ? "an input is missing or unreadable" : "the docs have errors (--strict)"));
            return Optional.empty();
        }
        return Optional.of(result);
    }
}
