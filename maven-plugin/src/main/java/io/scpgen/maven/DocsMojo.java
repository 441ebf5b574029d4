package io.scpgen.maven;

import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal that reads docs shares: where the docs are, strictness, skipping. */
abstract class DocsMojo extends AbstractMojo {

    /** The folder of documentation pages (text exports), read recursively. */
    @Parameter(property = "scpgen.docsDirectory", defaultValue = "${project.basedir}/src/main/scp-docs")
    File docsDirectory;

    /**
     * The services to process, by id as in {@code Scp-Api-Version} ({@code virtualserver}, {@code direct-connect});
     * every service in {@code docsDirectory} when empty.
     */
    @Parameter(property = "scpgen.services")
    List<String> services;

    /** The service of pages that name none (per-operation pages without an example {@code Scp-Api-Version}). */
    @Parameter(property = "scpgen.service")
    String service;

    /** Fail the build on any error in the docs, not only on unreadable docs. */
    @Parameter(property = "scpgen.strict", defaultValue = "false")
    boolean strict;

    /** Skip the goal. */
    @Parameter(property = "scpgen.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("scpgen: skipped (scpgen.skip)");
            return;
        }
        run();
    }

    /** The goal's work, when not skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The specs of the docs, every service; diagnostics go to the log. */
    SpecFromDocs.Result loadDocs() throws MojoFailureException {
        checkServiceParameters();
        return DocsInput.load("docsDirectory", docsDirectory, service, strict, getLog());
    }

    /** The specs of the chosen {@code services} (all when none is chosen), in id order. */
    List<ServiceSpec> loadServices() throws MojoFailureException {
        SpecFromDocs.Result result = loadDocs();
        List<String> unknown = result.unknownServices(chosenServices());
        if (!unknown.isEmpty()) {
            throw new MojoFailureException("services " + unknown + " are not in " + docsDirectory + ", which holds "
                    + result.specs().stream().map(ServiceSpec::name).toList());
        }
        return result.specs(chosenServices());
    }

    List<String> chosenServices() {
        return services == null ? List.of() : List.copyOf(services);
    }

    private void checkServiceParameters() throws MojoFailureException {
        Optional<String> badService = service == null ? Optional.empty() : ServiceSpec.notAServiceId(service);
        if (badService.isPresent()) {
            throw new MojoFailureException("service " + badService.get());
        }
        for (String chosen : chosenServices()) {
            Optional<String> bad = ServiceSpec.notAServiceId(chosen);
            if (bad.isPresent()) {
                throw new MojoFailureException("services: " + bad.get());
            }
        }
    }
}
