package io.scpgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed spec is the golden file: it must be exactly what the committed docs give. */
class CommittedSpecTest {

    private static final String REFRESH = "spec/virtualserver.json is stale; refresh it with:"
            + " java -jar generator/target/scpgen.jar spec --docs spec/docs/virtualserver --out spec/virtualserver.json";

    @Test
    void committedSpecMatchesTheDocs() throws IOException {
        Path committed = SeedDocs.projectRoot().resolve("spec/virtualserver.json");
        String expected = Files.readString(committed, StandardCharsets.UTF_8);

        String actual = SpecJson.write(SpecFromDocs.withTextReaders().load(List.of(SeedDocs.folder())).spec());

        assertThat(actual).as(REFRESH).isEqualTo(expected);
    }

    @Test
    void specReadsBackToTheSameSpec() throws IOException {
        Path committed = SeedDocs.projectRoot().resolve("spec/virtualserver.json");
        ServiceSpec spec = SpecJson.read(committed);

        assertThat(SpecJson.write(spec)).isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
    }
}
