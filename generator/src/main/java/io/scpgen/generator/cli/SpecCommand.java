package io.scpgen.generator.cli;

import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scpgen spec}: reads the docs and writes the normalized spec JSON. */
@Command(name = "spec", mixinStandardHelpOptions = true,
        description = "Reads API documentation pages and writes the normalized spec as JSON.")
final class SpecCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--docs", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Doc files or folders (read recursively).")
    List<Path> docs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the spec; standard output if absent.")
    Path out;

    @Option(names = "--strict", description = "Fail (exit 2) on any error in the docs, not only on unreadable input.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SpecFromDocs.Result result = SpecFromDocs.withTextReaders().load(docs);
        result.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
        result.coverage().stream().map(SpecFromDocs.Coverage::format).forEach(err::println);
        boolean missingInput = result.diagnostics().stream().anyMatch(d -> d.line() == 0);
        if (result.spec() == null || missingInput || (strict && result.hasErrors())) {
            err.println("scpgen: no spec written: " + (result.spec() == null ? "no doc page could be read"
                    : missingInput ? "an input is missing or unreadable" : "the docs have errors (--strict)"));
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        String json = SpecJson.write(result.spec());
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(out, json);
            err.println("spec: " + result.spec().operations().size() + " operations, "
                    + result.spec().models().size() + " models written to " + out);
        }
        err.flush();
        return ExitCodes.OK;
    }
}
