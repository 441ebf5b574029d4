package io.scpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

    private static final Path SEED = Path.of(System.getProperty("scpgen.projectRoot", ".."))
            .resolve("spec/docs/virtualserver");

    @TempDir
    Path temp;

    private GenerateMojo generateGoal(Path docs) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.docsDirectory = docs.toFile();
        mojo.basePackage = "com.example.scp";
        mojo.outputDirectory = temp.resolve("target/generated-sources/scpgen").toFile();
        mojo.testOutputDirectory = temp.resolve("target/generated-test-sources/scpgen").toFile();
        mojo.specDirectory = temp.resolve("target/scpgen").toFile();
        mojo.project = new MavenProject();
        mojo.project.getBuild().setDirectory(temp.resolve("target").toString());
        mojo.plugin = new PluginDescriptor();
        mojo.plugin.setGroupId("io.scpgen");
        mojo.plugin.setArtifactId("scpgen-maven-plugin");
        mojo.plugin.setVersion("test");
        mojo.plugin.setArtifacts(List.of());
        return mojo;
    }

    @Test
    void writesTheSpecTheSdkIsGeneratedFromOnceUntilTheDocsChange() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.copy(SEED.resolve("pending-images-list-1.3.txt"), docs.resolve("pending-images-list-1.3.txt"));
        Path spec = temp.resolve("target/scpgen/virtualserver.json");

        generateGoal(docs).execute();

        assertThat(Files.readString(spec, StandardCharsets.UTF_8))
                .isEqualTo(SpecJson.write(SpecFromDocs.withAllReaders().load(List.of(docs)).spec()));
        assertThat(temp.resolve("target/generated-sources/scpgen/com/example/scp/virtualserver"
                + "/VirtualserverClient.java")).isRegularFile();

        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(spec, written);
        generateGoal(docs).execute();
        assertThat(Files.getLastModifiedTime(spec)).as("unchanged docs: nothing written").isEqualTo(written);

        Files.copy(SEED.resolve("image-import-1.3.txt"), docs.resolve("image-import-1.3.txt"));
        generateGoal(docs).execute();
        assertThat(Files.readString(spec, StandardCharsets.UTF_8)).contains("/v1/images/{image_id}/import");
    }
}
