package io.scpgen.maven;

import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Severity;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Reads a docs folder into a spec for a goal: diagnostics go to the build log, failures carry them. */
final class DocsInput {

    private DocsInput() {
    }

    /**
     * The spec of the docs in {@code folder}, the value of the goal's parameter {@code parameter}
     * ({@code docsDirectory}, {@code oldDocsDirectory}), which failures name.
     *
     * @throws MojoFailureException when the folder is missing, nothing in it can be read, or {@code strict} and the
     *                              docs have errors; the message lists the diagnostics with file and line
     */
    static SpecFromDocs.Result load(String parameter, File folder, String service, boolean strict, Log log)
            throws MojoFailureException {
        if (!folder.isDirectory()) {
            throw new MojoFailureException(parameter + " " + folder + " is not a folder: point it at the folder of"
                    + " documentation pages" + (parameter.equals("docsDirectory") ? " (default src/main/scp-docs), or"
                    + " fetch the service's pages into it: scpgen fetch --url <the service's doc page> --out "
                    + folder : ""));
        }
        SpecFromDocs.Result result = SpecFromDocs.withAllReaders().load(List.of(folder.toPath()), service);
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.severity() == Severity.ERROR) {
                log.error(diagnostic.format());
            } else {
                log.warn(diagnostic.format());
            }
        }
        // the command line's rule, word for word: a folder the CLI generates from, the goals generate from too
        Optional<String> unusable = result.unusable(strict, "strict is on", "the service parameter");
        if (unusable.isPresent()) {
            List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .toList();
            throw new MojoFailureException(parameter + " " + folder + ": " + unusable.get()
                    + (errors.isEmpty() ? "" : ":\n" + format(errors)));
        }
        return result;
    }

    private static String format(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
