package io.scpgen.generator.cli;

import io.scpgen.generator.diff.ChangeSeverity;
import io.scpgen.generator.diff.Snapshot;
import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.report.DiffReport;
import io.scpgen.generator.report.ReportFormat;
import io.scpgen.generator.report.Reports;
import io.scpgen.generator.report.TemplateException;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.ServiceSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scpgen diff}: what changed between two snapshots of the docs ({@code --old}, {@code --new}), or between the
 * API versions inside one ({@code --docs}), as a Markdown, HTML or JSON report.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Reports what changed between two snapshots of the docs (--old and --new), or between the"
                + " consecutive API versions of one snapshot (--docs): BREAKING, WARNING and INFO changes by operation,"
                + " version and JSON path.",
                "Exit codes: 0 report written; 1 --fail-on-breaking and a breaking change was found; 2 usage error,"
                        + " missing or unreadable input, or --strict and the docs have errors."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--old", arity = "1..*", paramLabel = "PATH",
            description = "The old snapshot: doc files or folders, or spec JSON files, one per service"
                    + " (spec/virtualserver.json).")
    List<Path> old;

    @Option(names = "--new", arity = "1..*", paramLabel = "PATH",
            description = "The new snapshot: doc files or folders, or spec JSON files, one per service.")
    List<Path> now;

    @Option(names = "--docs", arity = "1..*", paramLabel = "PATH",
            description = "One snapshot whose consecutive API versions are compared (instead of --old and --new).")
    List<Path> docs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (default), html or json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report; standard output if absent.")
    Path out;

    @Option(names = "--template", paramLabel = "FILE",
            description = "A Mustache template to render md or html with instead of the built-in one.")
    Path template;

    @Option(names = "--fail-on-breaking", description = "Exit 1 when a breaking change is found.")
    boolean failOnBreaking;

    @Option(names = "--service", paramLabel = "NAME",
            description = "The service (id as in Scp-Api-Version) of pages that name none.")
    String service;

    @Option(names = "--services", split = ",", paramLabel = "NAME",
            description = "The services to compare (default: every service of either side).")
    List<String> services;

    @Option(names = "--strict", description = "Fail (exit 2) on any error in the docs, not only on unreadable input.")
    boolean strict;

    @Override
    public Integer call() {
        ReportFormat reportFormat = checkOptions();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return diff(reportFormat, err);
        } finally {
            err.flush();
        }
    }

    private ReportFormat checkOptions() {
        boolean snapshots = old != null || now != null;
        if (docs != null && snapshots) {
            throw usage("give either --docs (versions inside one snapshot) or --old and --new (two snapshots)");
        }
        if (docs == null && (old == null || now == null)) {
            throw usage(snapshots ? "--old and --new go together" : "give --old and --new, or --docs");
        }
        ReportFormat reportFormat = ReportFormat.parse(format)
                .orElseThrow(() -> usage("--format " + format + " is not one of " + ReportFormat.choices()));
        if (template != null && !reportFormat.usesTemplate()) {
            throw usage("--template applies to md and html; json has a fixed schema");
        }
        return reportFormat;
    }

    private int diff(ReportFormat reportFormat, PrintWriter err) {
        Optional<List<DiffReport>> reports = (docs != null ? versions(err) : snapshots(err))
                .flatMap(all -> chosen(all, err));
        if (reports.isEmpty()) {
            return ExitCodes.USER_ERROR;
        }
        String text;
        try {
            text = Reports.render(reports.get(), reportFormat, template);
        } catch (TemplateException e) {
            err.println("scpgen: no report written: " + e.getMessage());
            return ExitCodes.USER_ERROR;
        }
        if (!write(text, err)) {
            return ExitCodes.USER_ERROR;
        }
        long breaking = count(reports.get(), ChangeSeverity.BREAKING);
        err.println("diff: " + breaking + " breaking, " + count(reports.get(), ChangeSeverity.WARNING) + " warning, "
                + count(reports.get(), ChangeSeverity.INFO) + " info" + (reports.get().size() == 1 ? ""
                : " in " + reports.get().size() + " services") + (out == null ? "" : "; written to " + out));
        if (failOnBreaking && breaking > 0) {
            err.println("scpgen: " + breaking + " breaking change" + (breaking == 1 ? "" : "s") + " (--fail-on-breaking)");
            return ExitCodes.BREAKING_CHANGES;
        }
        return ExitCodes.OK;
    }

    /** The reports of the {@code --services} chosen; empty (and why, on stderr) when one is in neither side. */
    private Optional<List<DiffReport>> chosen(List<DiffReport> all, PrintWriter err) {
        if (services == null || services.isEmpty()) {
            return Optional.of(all);
        }
        List<String> compared = all.stream().map(DiffReport::service).toList();
        List<String> unknown = services.stream().filter(name -> !compared.contains(name)).toList();
        if (!unknown.isEmpty()) {
            err.println("scpgen: no report written: --services " + unknown + " not in the docs; they hold " + compared);
            return Optional.empty();
        }
        return Optional.of(all.stream().filter(r -> services.contains(r.service())).toList());
    }

    private static long count(List<DiffReport> reports, ChangeSeverity severity) {
        return reports.stream().mapToLong(r -> r.count(severity)).sum();
    }

    private Optional<List<DiffReport>> versions(PrintWriter err) {
        return read("--docs", docs, err).map(DiffReport::betweenVersionsPerService);
    }

    private Optional<List<DiffReport>> snapshots(PrintWriter err) {
        Optional<Snapshot> before = read("--old", old, err);
        Optional<Snapshot> after = before.isEmpty() ? Optional.empty() : read("--new", now, err);
        if (after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DiffReport.betweenSnapshotsPerService(before.get(), after.get()));
    }

    /** One side, its diagnostics printed; empty (and why, on stderr) when it cannot be compared. */
    private Optional<Snapshot> read(String option, List<Path> paths, PrintWriter err) {
        if (service != null) {
            ServiceSpec.notAServiceId(service).ifPresent(why -> {
                throw usage("--service " + why);
            });
        }
        Snapshot snapshot = Snapshot.load(paths, service);
        snapshot.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
        if (!snapshot.usable() || (strict && snapshot.hasErrors())) {
            err.println("scpgen: no report written: " + option + ": " + (snapshot.problem() != null
                    ? snapshot.problem() : snapshot.specs().isEmpty()
                    ? "nothing could be read" : !snapshot.usable() ? "an input is missing or unreadable"
                    : "the docs have errors (--strict)"));
            return Optional.empty();
        }
        return Optional.of(snapshot);
    }

    private boolean write(String text, PrintWriter err) {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return true;
        }
        try {
            AtomicFiles.write(out, text);
            return true;
        } catch (IOException e) {
            err.println("scpgen: cannot write " + out + ": " + e);
            return false;
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
