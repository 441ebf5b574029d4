package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content as an HTML page of the doc site and as text gives the same spec. Only {@code source} (file and
 * line) differs, by design: it names the page each part was read from.
 */
class HtmlSpecEqualityTest {

    @TempDir
    Path temp;

    @Test
    void thePendingImagesPageAsHtmlGivesTheSpecOfItsPipeTableText() throws Exception {
        SpecFromDocs.Result html = load(HtmlFixtures.file(HtmlFixtures.PENDING_IMAGES));
        SpecFromDocs.Result text = load(SeedDocs.file(SeedDocs.PENDING_IMAGES));

        assertThat(html.spec().operations()).singleElement()
                .satisfies(o -> assertThat(o.variants()).extracting(v -> v.version())
                        .containsExactly("1.0", "1.1", "1.2", "1.3"));
        assertThat(withoutSources(html)).isEqualTo(withoutSources(text));
        assertThat(messages(html)).isEqualTo(messages(text));
        assertThat(rows(html)).isEqualTo(rows(text)).containsExactly("24 rows read, 24 kept");
    }

    @Test
    void theReferenceExcerptAsHtmlGivesTheSpecOfTheFlattenedText() throws Exception {
        Path excerpt = temp.resolve("virtualserver-print-excerpt.txt");
        Files.writeString(excerpt, SeedExcerpt.referenceSections(), StandardCharsets.UTF_8);

        SpecFromDocs.Result html = load(HtmlFixtures.file(HtmlFixtures.REFERENCE_EXCERPT));
        SpecFromDocs.Result text = load(excerpt);

        assertThat(html.spec().operations()).extracting(o -> o.id() + " " + o.variants().size())
                .containsExactly("listKeypairs 2", "acceptAVolumeTransfer 2");
        assertThat(html.spec().models()).extracting(m -> m.name()).containsExactly("Keypair", "KeypairListResponse",
                "VolumeTransferAcceptResponse", "VolumeTransferAccessRequest");
        assertThat(withoutSources(html)).isEqualTo(withoutSources(text));
        assertThat(messages(html)).isEqualTo(messages(text));
        assertThat(rows(html)).isEqualTo(rows(text)).containsExactly("31 rows read, 31 kept");
    }

    @Test
    void bothPagesTogetherMergeAlikeFromHtmlAndFromText() throws Exception {
        Path textFolder = Files.createDirectories(temp.resolve("text"));
        Files.writeString(textFolder.resolve("virtualserver-print-excerpt.txt"), SeedExcerpt.referenceSections(),
                StandardCharsets.UTF_8);
        Files.copy(SeedDocs.file(SeedDocs.PENDING_IMAGES), textFolder.resolve("pending-images-list.txt"));

        SpecFromDocs.Result html = load(HtmlFixtures.folder());
        SpecFromDocs.Result text = load(textFolder);

        assertThat(html.spec().versions()).extracting(v -> v.version() + " " + v.status()).containsExactly(
                "1.0 DEPRECATED", "1.1 DEPRECATED", "1.2 SUPPORTED", "1.3 CURRENT");
        assertThat(withoutSources(html)).isEqualTo(withoutSources(text));
    }

    private static SpecFromDocs.Result load(Path path) {
        return SpecFromDocs.withAllReaders().load(List.of(path));
    }

    /** The spec's JSON with every {@code source} left out. */
    private static String withoutSources(SpecFromDocs.Result result) throws IOException {
        JsonNode tree = SpecJson.mapper().readTree(SpecJson.write(result.spec()));
        removeSources(tree);
        return SpecJson.write(tree);
    }

    private static void removeSources(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("source");
        }
        node.forEach(HtmlSpecEqualityTest::removeSources);
    }

    private static List<String> rows(SpecFromDocs.Result result) {
        return result.coverage().stream().map(c -> c.rowsRead() + " rows read, " + c.rowsKept() + " kept").toList();
    }

    private static List<String> messages(SpecFromDocs.Result result) {
        return result.diagnostics().stream().map(d -> d.severity() + ": " + d.message()).toList();
    }
}
