package io.scpgen.maven;

import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeSeverity;
import io.scpgen.generator.diff.Snapshot;
import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.report.DiffReport;
import io.scpgen.generator.report.ReportFormat;
import io.scpgen.generator.report.Reports;
import io.scpgen.generator.report.TemplateException;
import io.scpgen.generator.spec.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reports what changed between two snapshots of the docs: the old one ({@code oldDocsDirectory}, or {@code oldSpec}, a
 * spec JSON file such as a committed {@code spec/virtualserver.json}) and the new one, the docs in
 * {@code docsDirectory}. With no
 * old snapshot it reports what changes between the consecutive API versions inside {@code docsDirectory}. Each change
 * is BREAKING, WARNING or INFO; with {@code failOnBreaking} a breaking change fails the build.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class DiffMojo extends DocsMojo {

    /** The folder of the old snapshot's documentation pages. Give this or {@code oldSpec}, not both. */
    @Parameter(property = "scpgen.oldDocsDirectory")
    File oldDocsDirectory;

    /** The old snapshot as a spec JSON file (what the {@code spec} goal writes). Give this or {@code oldDocsDirectory}. */
    @Parameter(property = "scpgen.oldSpec")
    File oldSpec;

    /** The report's format: {@code md} (fits a pull-request comment), {@code html} (one page) or {@code json}. */
    @Parameter(property = "scpgen.format", defaultValue = "md")
    String format;

    /** Where the report is written; {@code ${project.build.directory}/scpgen/diff.<format>} when not set. */
    @Parameter(property = "scpgen.outputFile")
    File outputFile;

    /** A Mustache template to render {@code md} or {@code html} with instead of the built-in one. */
    @Parameter(property = "scpgen.template")
    File template;

    /** Fail the build when a breaking change is found (the report is written first). */
    @Parameter(property = "scpgen.failOnBreaking", defaultValue = "false")
    boolean failOnBreaking;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        ReportFormat reportFormat = checkParameters();
        List<DiffReport> reports = reports();
        File out = outputFile != null ? outputFile
                : new File(buildDirectory, "scpgen/diff." + reportFormat.id());
        try {
            AtomicFiles.write(out.toPath(), Reports.render(reports, reportFormat,
                    template == null ? null : template.toPath()));
        } catch (TemplateException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("scpgen could not write " + out + ": " + e.getMessage(), e);
        }
        List<Change> changes = reports.stream().flatMap(r -> r.changes().stream()).toList();
        getLog().info("scpgen: diff " + count(changes, ChangeSeverity.BREAKING) + " breaking, "
                + count(changes, ChangeSeverity.WARNING) + " warning, " + count(changes, ChangeSeverity.INFO)
                + " info written to " + out);
        List<Change> breaking = changes.stream().filter(c -> c.severity() == ChangeSeverity.BREAKING).toList();
        if (failOnBreaking && !breaking.isEmpty()) {
            throw new MojoFailureException(breaking.size() + " breaking changes (failOnBreaking is on; the report is "
                    + out + "):\n" + breaking.stream().map(Change::describe).collect(Collectors.joining("\n")));
        }
    }

    private ReportFormat checkParameters() throws MojoFailureException {
        if (oldDocsDirectory != null && oldSpec != null) {
            throw new MojoFailureException("give oldDocsDirectory or oldSpec, not both: they are the same old snapshot"
                    + " as doc pages or as a spec JSON file");
        }
        ReportFormat reportFormat = ReportFormat.parse(format).orElseThrow(() -> new MojoFailureException(
                "format '" + format + "' is not one of " + ReportFormat.choices()));
        if (template != null && !reportFormat.usesTemplate()) {
            throw new MojoFailureException("template applies to the md and html formats; json has a fixed schema");
        }
        return reportFormat;
    }

    private static long count(List<Change> changes, ChangeSeverity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }

    /** The reports of the chosen {@code services}, all when none is chosen. */
    private List<DiffReport> reports() throws MojoFailureException {
        List<DiffReport> all = allReports();
        List<String> compared = all.stream().map(DiffReport::service).toList();
        List<String> unknown = chosenServices().stream().filter(name -> !compared.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new MojoFailureException("services " + unknown + " are in neither snapshot, which hold " + compared);
        }
        return chosenServices().isEmpty() ? all
                : all.stream().filter(r -> chosenServices().contains(r.service())).toList();
    }

    private List<DiffReport> allReports() throws MojoFailureException {
        Snapshot now = Snapshot.of(loadDocs());
        if (oldDocsDirectory == null && oldSpec == null) {
            return DiffReport.betweenVersionsPerService(now);
        }
        Snapshot old = oldSpec != null ? specFile(oldSpec)
                : Snapshot.of(DocsInput.load("oldDocsDirectory", oldDocsDirectory, service, strict, getLog()));
        return DiffReport.betweenSnapshotsPerService(old, now);
    }

    private static Snapshot specFile(File file) throws MojoFailureException {
        Snapshot snapshot = Snapshot.ofSpecFile(file.toPath());
        if (!snapshot.usable()) {
            throw new MojoFailureException("oldSpec " + file + " cannot be compared:\n" + snapshot.diagnostics()
                    .stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        return snapshot;
    }
}
