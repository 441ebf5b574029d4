package io.scpgen.maven;

import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal that reads docs shares: where the docs are, strictness, skipping. */
abstract class DocsMojo extends AbstractMojo {

    /** The folder of documentation pages (text exports), read recursively. */
    @Parameter(property = "scpgen.docsDirectory", defaultValue = "${project.basedir}/src/main/scp-docs")
    File docsDirectory;

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

    /** The spec of the docs; diagnostics go to the log. */
    SpecFromDocs.Result loadDocs() throws MojoFailureException {
        return DocsInput.load(docsDirectory, strict, getLog());
    }
}
