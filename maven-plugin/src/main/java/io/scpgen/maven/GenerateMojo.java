package io.scpgen.maven;

import io.scpgen.generator.emit.EmitSettings;
import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.output.SdkWriter;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.SpecJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the SDK (per service: models, a client per API version, request objects) and its tests from SCP
 * documentation pages, and adds them to the build's source roots; writes the normalized spec too when asked. Does
 * nothing when the docs, the configuration and the plugin are unchanged since the last run ({@link InputStamp}).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends DocsMojo {

    /** The root package of the generated code; the service name and the API version follow it. */
    @Parameter(property = "scpgen.basePackage", defaultValue = EmitSettings.DEFAULT_PACKAGE)
    String basePackage;

    /** Where the SDK's sources are written; added as a compile source root. */
    @Parameter(property = "scpgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/scpgen")
    File outputDirectory;

    /** Where the generated tests are written; added as a test source root. */
    @Parameter(property = "scpgen.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/scpgen")
    File testOutputDirectory;

    /** Whether to generate a test per operation version. */
    @Parameter(property = "scpgen.generateTests", defaultValue = "true")
    boolean generateTests;

    /**
     * Where to write also the normalized spec the SDK is generated from, one {@code <service>.json} per service (what
     * the docs mock of tests answers from); not written when unset.
     */
    @Parameter(property = "scpgen.specDirectory")
    File specDirectory;

    /** The API versions to generate, e.g. {@code 1.2} and {@code 1.3}; all documented versions when empty. */
    @Parameter(property = "scpgen.versions")
    List<String> versions;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** This plugin as Maven resolved it: its version and class path are inputs of the up-to-date check. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (!EmitSettings.isPackageName(basePackage)) {
            throw new MojoFailureException("basePackage '" + basePackage + "' is not a Java package name such as"
                    + " io.scpgen.scp");
        }
        try {
            generateIfChanged();
        } catch (IOException e) {
            throw new MojoExecutionException("scpgen could not write the generated sources: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
        if (generateTests) {
            project.addTestCompileSourceRoot(testOutputDirectory.getPath());
        }
    }

    private void generateIfChanged() throws IOException, MojoFailureException {
        long start = System.nanoTime();
        List<String> chosen = versions == null ? List.of() : List.copyOf(versions);
        Path stampFile = Path.of(project.getBuild().getDirectory(), "scpgen", "generate.stamp");
        InputStamp stamp = docsDirectory.isDirectory()
                ? InputStamp.of(docsDirectory.toPath(), configuration(chosen), classPath()) : null;
        if (stamp != null && stamp.matches(stampFile) && outputDirectory.isDirectory()
                && (!generateTests || testOutputDirectory.isDirectory())
                && (specDirectory == null || specDirectory.isDirectory())) {
            getLog().info("scpgen: docs and configuration unchanged since the last run; generated sources are up to"
                    + " date, nothing to do (checked in " + millisSince(start) + " ms)");
            return;
        }
        generate(chosen);
        getLog().info("scpgen: generated in " + millisSince(start) + " ms");
        if (stamp != null) {
            stamp.writeTo(stampFile);
        }
    }

    /** Every parameter that changes what is generated, and the plugin's version. */
    private Map<String, String> configuration(List<String> chosen) {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("basePackage", basePackage);
        configuration.put("versions", String.join(",", chosen));
        configuration.put("services", String.join(",", chosenServices()));
        configuration.put("service", String.valueOf(service));
        configuration.put("generateTests", String.valueOf(generateTests));
        configuration.put("strict", String.valueOf(strict));
        configuration.put("outputDirectory", outputDirectory.getAbsolutePath());
        configuration.put("testOutputDirectory", testOutputDirectory.getAbsolutePath());
        configuration.put("specDirectory", specDirectory == null ? "" : specDirectory.getAbsolutePath());
        configuration.put("plugin", plugin.getId());
        return configuration;
    }

    /**
     * The plugin's class path: its jar, the generator's and their dependencies (a SNAPSHOT rebuilt under the same
     * version counts as a change too).
     */
    private List<File> classPath() {
        List<File> files = new ArrayList<>();
        for (Artifact artifact : plugin.getArtifacts()) {
            files.add(artifact.getFile());
        }
        return files;
    }

    /** The generator's part: the docs read, the SDK emitted and written. */
    private void generate(List<String> chosen) throws IOException, MojoFailureException {
        List<ServiceSpec> specs = loadServices();
        EmitSettings settings = new EmitSettings(basePackage, chosen);
        Optional<String> problem = settings.problem(specs, "versions");
        if (problem.isPresent()) {
            throw new MojoFailureException(problem.get());
        }
        SdkWriter.Written written = SdkWriter.write(specs, settings, outputDirectory.toPath(),
                generateTests ? testOutputDirectory.toPath() : null);
        written.lint().stream().map(Diagnostic::format).forEach(getLog()::warn);
        getLog().info("scpgen: " + written.main().describe() + " in " + outputDirectory);
        if (generateTests) {
            getLog().info("scpgen: tests " + written.tests().describe() + " in " + testOutputDirectory);
        }
        getLog().info("scpgen: " + written.lintSummary());
        if (specDirectory != null) {
            writeSpecs(specs);
        }
    }

    private void writeSpecs(List<ServiceSpec> specs) throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        for (ServiceSpec spec : specs) {
            files.put(specDirectory.toPath().resolve(spec.name() + ".json"), SpecJson.write(spec));
        }
        AtomicFiles.writeAll(files);
        getLog().info("scpgen: spec written to " + files.keySet().stream().map(Path::toString)
                .collect(Collectors.joining(", ")));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
