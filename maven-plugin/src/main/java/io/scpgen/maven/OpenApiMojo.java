package io.scpgen.maven;

import io.scpgen.generator.openapi.OpenApiExporter;
import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Exports the docs as OpenAPI 3.1, one document per API version ({@code virtualserver-1.3.openapi.json}). */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class OpenApiMojo extends DocsMojo {

    /** The folder the OpenAPI documents are written to. */
    @Parameter(property = "scpgen.openapiDirectory", defaultValue = "${project.build.directory}/scpgen/openapi")
    File openapiDirectory;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        SpecFromDocs.Result result = loadDocs();
        Diagnostics diagnostics = new Diagnostics();
        SortedMap<String, String> documents = OpenApiExporter.export(result.spec(), diagnostics);
        diagnostics.sorted().stream().map(Diagnostic::format).forEach(getLog()::warn);
        try {
            for (Map.Entry<String, String> document : documents.entrySet()) {
                AtomicFiles.write(openapiDirectory.toPath().resolve(document.getKey()), document.getValue());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("scpgen could not write to " + openapiDirectory + ": " + e.getMessage(), e);
        }
        getLog().info("scpgen: " + documents.size() + " OpenAPI documents written to " + openapiDirectory);
    }
}
