package io.scpgen.maven;

import io.scpgen.generator.output.AtomicFiles;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.SpecJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the normalized spec of the docs as JSON; in check mode, fails when the existing file differs from what the
 * docs give, so a committed spec can never go stale unnoticed.
 */
@Mojo(name = "spec", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class SpecMojo extends DocsMojo {

    /** The spec file to write (or, in check mode, to compare). */
    @Parameter(property = "scpgen.specFile", defaultValue = "${project.build.directory}/scpgen/spec.json")
    File specFile;

    /**
     * Where to write one {@code <service>.json} per service, for docs of several services; {@code specFile} is then
     * not used.
     */
    @Parameter(property = "scpgen.specDirectory")
    File specDirectory;

    /** Compare instead of write: fail when {@code specFile} differs from the spec the docs give. */
    @Parameter(property = "scpgen.check", defaultValue = "false")
    boolean check;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<ServiceSpec> specs = loadServices();
        if (specDirectory == null && specs.size() > 1) {
            throw new MojoFailureException("the docs in " + docsDirectory + " hold " + specs.size() + " services "
                    + specs.stream().map(ServiceSpec::name).toList() + ": set specDirectory for one <service>.json"
                    + " each, or choose one with services");
        }
        Map<Path, String> files = new LinkedHashMap<>();
        for (ServiceSpec spec : specs) {
            File file = specDirectory == null ? specFile : new File(specDirectory, spec.name() + ".json");
            files.put(file.toPath(), SpecJson.write(spec));
        }
        try {
            if (check) {
                for (Map.Entry<Path, String> file : files.entrySet()) {
                    check(file.getKey().toFile(), file.getValue());
                }
                return;
            }
            AtomicFiles.writeAll(files); // all or none
        } catch (IOException e) {
            throw new MojoExecutionException("scpgen could not write " + files.keySet() + ": " + e.getMessage(), e);
        }
        files.keySet().forEach(file -> getLog().info("scpgen: spec written to " + file));
    }

    /** Fails when {@code specFile} is not {@code json}, saying how to refresh it. */
    private void check(File specFile, String json) throws IOException, MojoFailureException {
        String existing = specFile.isFile() ? Files.readString(specFile.toPath(), StandardCharsets.UTF_8) : null;
        if (!json.equals(existing)) {
            throw new MojoFailureException("specFile " + specFile + (existing == null ? " does not exist"
                    : " is stale: it differs from the spec the docs in " + docsDirectory + " give")
                    + ". Refresh it with: mvn scpgen:spec -Dscpgen.check=false (or java -jar"
                    + " generator/target/scpgen.jar spec --docs " + docsDirectory + " --out " + specFile
                    + "), then review and commit the diff");
        }
        getLog().info("scpgen: " + specFile + " matches the docs");
    }
}
