package io.scpgen.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new project's docs folder before any page is in it (the archetype's, for a service not bundled): what to do. */
class NewProjectDocsTest {

    @TempDir
    Path temp;

    private SpecMojo specGoal(File docs) {
        SpecMojo mojo = new SpecMojo();
        mojo.docsDirectory = docs;
        mojo.specFile = temp.resolve("target/scpgen/spec.json").toFile();
        return mojo;
    }

    @Test
    void anEmptyDocsFolderSaysHowToFetchThePages() throws Exception {
        File docs = Files.createDirectories(temp.resolve("src/main/scp-docs")).toFile();

        assertThatThrownBy(specGoal(docs)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("docsDirectory " + docs + ": no doc page found (no .txt, .md, .html or .htm file): fetch"
                        + " the service's pages first, with scpgen fetch --url <the service's doc page> --out <the"
                        + " docs folder>");
    }

    @Test
    void aMissingDocsFolderSaysWhereItIsLookedForAndHowToFillIt() {
        File docs = temp.resolve("src/main/scp-docs").toFile(); // git keeps no empty folder

        assertThatThrownBy(specGoal(docs)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("docsDirectory " + docs + " is not a folder: point it at the folder of documentation"
                        + " pages (default src/main/scp-docs), or fetch the service's pages into it: scpgen fetch"
                        + " --url <the service's doc page> --out " + docs);
    }
}
