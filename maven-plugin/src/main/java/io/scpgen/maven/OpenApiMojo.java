package io.scpgen.maven;

import io.scpgen.generator.openapi.OpenApiExporter;
import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Exports the docs as OpenAPI 3.1, one document per service and API version
 * ({@code virtualserver-1.3.openapi.json}). */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class OpenApiMojo extends DocsMojo {

    /** The folder the OpenAPI documents are written to. */
    @Parameter(property = "scpgen.openapiDirectory", defaultValue = "${project.build.directory}/scpgen/openapi")
    File openapiDirectory;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Diagnostics diagnostics = new Diagnostics();
        SortedMap<String, String> documents = new TreeMap<>();
        for (ServiceSpec spec : loadServices()) {
            documents.putAll(OpenApiExporter.export(spec, diagnostics));
        }
        diagnostics.sorted().stream().map(Diagnostic::format).forEach(getLog()::warn);
        try {
            Map<Path, String> files = new LinkedHashMap<>();
            documents.forEach((name, text) -> files.put(openapiDirectory.toPath().resolve(name), text));
            AtomicFiles.writeAll(files); // all or none
        } catch (IOException e) {
            throw new MojoExecutionException("scpgen could not write to " + openapiDirectory + ": " + e.getMessage(), e);
        }
        getLog().info("scpgen: " + documents.size() + " OpenAPI documents written to " + openapiDirectory);
    }
}
