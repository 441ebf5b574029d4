package io.scpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffMojoTest {

    private static final Path SEED = Path.of(System.getProperty("scpgen.projectRoot", ".."))
            .resolve("spec/docs/virtualserver");

    @TempDir
    Path temp;

    private DiffMojo mojo(Path docs) {
        DiffMojo mojo = new DiffMojo();
        mojo.docsDirectory = docs.toFile();
        mojo.format = "md";
        mojo.buildDirectory = temp.resolve("target").toFile();
        return mojo;
    }

    private Path docsWith(String... pages) throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        for (String page : pages) {
            Files.copy(SEED.resolve(page), docs.resolve(page));
        }
        return docs;
    }

    @Test
    void withoutAnOldSnapshotTheVersionsOfTheDocsAreCompared() throws Exception {
        DiffMojo mojo = mojo(docsWith("pending-images-list-1.3.txt"));

        mojo.execute();

        String report = Files.readString(temp.resolve("target/scpgen/diff.md"), StandardCharsets.UTF_8);
        assertThat(report).contains("Between consecutive API versions of one snapshot: pending-images-list-1.3.txt.")
                .contains("response ImageListResponse -> ImageListResponseV1Dot2 (+ images\\[\\].scp_gpu_driver)");
    }

    @Test
    void anOldSpecThatIsNotASpecFailsNamingTheFileAndLine() throws Exception {
        DiffMojo mojo = mojo(docsWith("image-import-1.3.txt"));
        mojo.oldSpec = Files.writeString(temp.resolve("old.json"), "{\n  \"name\": \n").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("oldSpec " + mojo.oldSpec + " cannot be compared:\n" + mojo.oldSpec + ":3: error:");
    }

    @Test
    void badParametersFailBeforeAnythingIsRead() {
        DiffMojo both = mojo(temp.resolve("absent"));
        both.oldDocsDirectory = new File("old");
        both.oldSpec = new File("old.json");
        DiffMojo format = mojo(temp.resolve("absent"));
        format.format = "pdf";
        DiffMojo template = mojo(temp.resolve("absent"));
        template.format = "json";
        template.template = new File("report.mustache");

        assertThatThrownBy(both::execute).hasMessageContaining("give oldDocsDirectory or oldSpec, not both");
        assertThatThrownBy(format::execute).hasMessageContaining("format 'pdf' is not one of md|html|json");
        assertThatThrownBy(template::execute).hasMessageContaining("template applies to the md and html formats");
    }

    @Test
    void aMissingOldDocsDirectoryIsNamedAsSuch() throws Exception {
        DiffMojo mojo = mojo(docsWith("image-import-1.3.txt"));
        mojo.oldDocsDirectory = temp.resolve("absent").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("oldDocsDirectory " + mojo.oldDocsDirectory + " is not a folder");
    }
}
