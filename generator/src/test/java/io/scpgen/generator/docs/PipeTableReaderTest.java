package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.docs.Block.Code;
import io.scpgen.generator.docs.Block.Heading;
import io.scpgen.generator.docs.Block.Paragraph;
import io.scpgen.generator.docs.Block.Row;
import io.scpgen.generator.docs.Block.Table;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Excerpts of pending-images-list-1.3.txt and image-import-1.3.txt, and the same layout with English labels. */
class PipeTableReaderTest {

    private static final String FILE = "pending-images-list-1.3.txt";

    private final PipeTableReader reader = new PipeTableReader();
    private final Diagnostics diagnostics = new Diagnostics();

    /** Lines 1-41 of pending-images-list-1.3.txt, the example response shortened to two fields. */
    private static final String VERSION_1_3 = """
            1 - 1.3
            get /v1/pending-images
            Description
            Retrieve a list of images pending sharing.
            Image sharing can be requested between accounts.
            Member accounts that have been shared an image can view the pending‑share list and decide whether to accept or reject it.
            상태 ACTIVE (CURRENT)
            | 버전 | 최소 지원 보장일 |
            |---|---|
            | 1.3 | - |
            Parameters
            | Type | Name | Description | Schema | Default |
            |---|---|---|---|---|
            | query | scp_image_type optional | 이미지 타입 Example : custom | any of [string, null] | None |
            | query | scp_original_image_type optional | 원본 이미지 타입 Example : standard | any of [string, null] | None |
            Responses
            | HTTP Code | Description | Schema |
            |---|---|---|
            | 200 | OK | ImageListResponseV1Dot2 |
            | 400 | Bad Request | None |
            | 401 | Unauthorized | None |
            | 403 | Forbidden | None |
            Example HTTP request
            Request path
            /v1/pending-images
            Request header
            "Scp-Accesskey = 2sd2gg=2agbdSD26svcD",
            "Scp-Api-Version = virtualserver 1.3"
            Example HTTP response
            Response 200
            {
            "images": [
            {
            "scp_gpu_driver": "535.183.06",
            "volumes": "[{\\"tag\\": null, \\"boot_index\\": 0}]"
            }
            ]
            }
            2 - 1.2
            """;

    @Test
    void readsAVersionSectionOfThePipePage() {
        List<Block> blocks = read(VERSION_1_3);

        assertThat(blocks.get(0)).isEqualTo(new Heading(1, "1", "1.3"));
        assertThat(blocks.get(1)).isEqualTo(new Paragraph(2, "get /v1/pending-images"));
        assertThat(blocks.get(2)).isEqualTo(new Heading(3, null, "Description"));
        assertThat(blocks.get(3)).isEqualTo(new Paragraph(4, "Retrieve a list of images pending sharing.\n"
                + "Image sharing can be requested between accounts.\n"
                + "Member accounts that have been shared an image can view the pending‑share list and decide whether"
                + " to accept or reject it."));
        assertThat(blocks.get(4)).isEqualTo(new Paragraph(7, "상태 ACTIVE (CURRENT)"));
        assertThat(blocks.get(5)).isEqualTo(new Table(8, TableLayout.VERSION_LIFECYCLE, List.of("버전", "최소 지원 보장일"),
                List.of(new Row(10, List.of("1.3", "-")))));
        assertThat(blocks.get(6)).isEqualTo(new Heading(11, null, "Parameters"));
        assertThat(blocks.get(blocks.size() - 1)).isEqualTo(new Heading(39, "2", "1.2"));
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void readsTheCellsOfTheParameterAndResponseTables() {
        List<Table> tables = tables(read(VERSION_1_3));

        assertThat(tables).extracting(Table::layout).containsExactly(
                TableLayout.VERSION_LIFECYCLE, TableLayout.PARAMETERS, TableLayout.RESPONSES);
        assertThat(tables.get(1)).isEqualTo(new Table(12, TableLayout.PARAMETERS,
                List.of("Type", "Name", "Description", "Schema", "Default"), List.of(
                        new Row(14, List.of("query", "scp_image_type optional", "이미지 타입 Example : custom",
                                "any of [string, null]", "None")),
                        new Row(15, List.of("query", "scp_original_image_type optional",
                                "원본 이미지 타입 Example : standard", "any of [string, null]", "None")))));
        assertThat(tables.get(2).rows()).extracting(Row::cells).containsExactly(
                List.of("200", "OK", "ImageListResponseV1Dot2"),
                List.of("400", "Bad Request", "None"),
                List.of("401", "Unauthorized", "None"),
                List.of("403", "Forbidden", "None"));
        assertThat(tables.get(2).rows()).extracting(Row::line).containsExactly(19, 20, 21, 22);
    }

    @Test
    void readsTheExampleRequestHeadersAndResponseJson() {
        List<Block> blocks = read(VERSION_1_3);
        List<Code> code = blocks.stream().filter(Code.class::isInstance).map(Code.class::cast).toList();

        assertThat(code).extracting(Code::language).containsExactly("headers", "json");
        assertThat(code.get(0).line()).isEqualTo(27);
        Code json = code.get(1);
        assertThat(json.line()).isEqualTo(31);
        assertThat(json.complete()).isTrue();
        assertThat(json.text()).startsWith("{\n\"images\": [").endsWith("]\n}").contains("\"scp_gpu_driver\"");
        assertThat(headingTexts(blocks)).contains("Example HTTP request", "Request path", "Request header",
                "Example HTTP response", "Response 200");
    }

    @Test
    void keepsTheShortBodyRowOfTheImportPage() {
        // image-import-1.3.txt
        Table table = tables(read("""
                Parameters
                | Type | Name | Description | Schema | Default |
                |---|---|---|---|---|
                | path | image_id required | 이미지 ID Example : 70a599e0-31e7-49b7-b260-868f441e862b | string | None |
                | body | body required | ImageImportRequest |
                Responses
                """)).get(0);

        assertThat(table.rows()).containsExactly(
                new Row(4, List.of("path", "image_id required", "이미지 ID Example : 70a599e0-31e7-49b7-b260-868f441e862b",
                        "string", "None")),
                new Row(5, List.of("body", "body required", "ImageImportRequest")));
        assertThat(table.rows().get(1).cell(3)).isEmpty();
    }

    @Test
    void readsAStatusParagraphThatFollowsDeprecationText() {
        // pending-images-list-1.3.txt, 1.1: the Not Before sentence is text, not a table header
        List<Block> blocks = read("""
                상태 ACTIVE (DEPRECATED)
                Not Before 기간이 도래하거나 만료된 Deprecated 버전은 더 이상 지원하지 않습니다. 최신 버전 사용을 권장합니다.
                | 버전 | 최소 지원 보장일 |
                |---|---|
                | 1.1 | 20260531 |
                """);
        assertThat(blocks).containsExactly(
                new Paragraph(1, "상태 ACTIVE (DEPRECATED)"),
                new Paragraph(2, "Not Before 기간이 도래하거나 만료된 Deprecated 버전은 더 이상 지원하지 않습니다. 최신 버전 사용을 권장합니다."),
                new Table(3, TableLayout.VERSION_LIFECYCLE, List.of("버전", "최소 지원 보장일"),
                        List.of(new Row(5, List.of("1.1", "20260531")))));
    }

    @Test
    void readsEnglishLabelsAndASingleSeparatorCell() {
        List<Block> blocks = read("""
                1 - 1.3
                get /v1/pending-images
                Description
                Retrieve a list of images pending sharing.
                State
                ACTIVE (SUPPORTED)
                | Version | Supported Until |
                |---|
                | 1.2 | 20260831 |
                Parameters
                | Type | Name | Description | Schema | Default |
                |---|
                | query | scp_image_type optional | Image type Example : custom | any of [string, null] | None |
                Responses
                | HTTP Code | Description | Schema |
                | --- |
                | 200 | OK | ImageListResponseV1Dot2 |
                """);

        assertThat(blocks.get(3)).isEqualTo(new Paragraph(4, "Retrieve a list of images pending sharing."));
        assertThat(blocks.get(4)).isEqualTo(new Paragraph(5, "State ACTIVE (SUPPORTED)"));
        List<Table> tables = tables(blocks);
        assertThat(tables).extracting(Table::layout).containsExactly(
                TableLayout.VERSION_LIFECYCLE, TableLayout.PARAMETERS, TableLayout.RESPONSES);
        assertThat(tables.get(0)).isEqualTo(new Table(7, TableLayout.VERSION_LIFECYCLE,
                List.of("Version", "Supported Until"), List.of(new Row(9, List.of("1.2", "20260831")))));
        assertThat(tables.get(1).rows()).singleElement().extracting(Row::cells).isEqualTo(List.of(
                "query", "scp_image_type optional", "Image type Example : custom", "any of [string, null]", "None"));
        assertThat(tables.get(2).rows()).singleElement().extracting(Row::cells)
                .isEqualTo(List.of("200", "OK", "ImageListResponseV1Dot2"));
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void readsTheNotBeforeHeaderAndAStateLabelSeparatedByABlankLine() {
        List<Block> blocks = read("""
                State

                ACTIVE (DEPRECATED)
                | Version | Not Before |
                |:---:|:---|
                | 1.0 | 20251231 |
                """);
        assertThat(blocks).containsExactly(
                new Paragraph(1, "State ACTIVE (DEPRECATED)"),
                new Table(4, TableLayout.VERSION_LIFECYCLE, List.of("Version", "Not Before"),
                        List.of(new Row(6, List.of("1.0", "20251231")))));
    }

    @Test
    void readsARowSplitOverTwoLinesAsOneRowNumberedByItsFirstLine() {
        Table table = tables(read("""
                | Type | Name | Description | Schema | Default |
                |---|
                | query | display_name optional | Product Category Name Example : Networking
                | array[any of [string, null]] | [] |
                | query | limit optional | Limit | any of [integer, null] | 20 |
                Responses
                """)).get(0);

        assertThat(table.rows()).containsExactly(
                new Row(3, List.of("query", "display_name optional", "Product Category Name Example : Networking",
                        "array[any of [string, null]]", "[]")),
                new Row(5, List.of("query", "limit optional", "Limit", "any of [integer, null]", "20")));
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void keepsAnEscapedPipeInsideACell() {
        Table table = tables(read("""
                | Type | Name | Description | Schema | Default |
                |---|---|---|---|---|
                | query | filter optional | a \\| b Example : x\\|y | any of [string, null] | None |
                """)).get(0);
        assertThat(table.rows().get(0).cells()).containsExactly("query", "filter optional", "a | b Example : x|y",
                "any of [string, null]", "None");
    }

    @Test
    void warnsAboutATableOfUnknownColumnsAndKeepsItsRows() {
        List<Block> blocks = read("""
                | Region | Zone |
                |---|---|
                | kr-west1 | a |
                """);
        assertThat(blocks).containsExactly(new Table(1, null, List.of("Region", "Zone"),
                List.of(new Row(3, List.of("kr-west1", "a")))));
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.file()).isEqualTo(FILE);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("Region");
        });
    }

    @Test
    void needsASeparatorRowUnderTheHeader() {
        List<Block> blocks = read("""
                Parameters
                | Type | Name | Description | Schema | Default |
                | query | scp_image_type optional | 이미지 타입 | any of [string, null] | None |
                """);
        assertThat(tables(blocks)).isEmpty();
        assertThat(reader.recognizes(SourceDocument.of(FILE, "| a | b |\n| c | d |"))).isFalse();
        assertThat(reader.recognizes(SourceDocument.of(FILE, "| a | b |\n|--|--|"))).as("two dashes are no separator")
                .isFalse();
    }

    @Test
    void recognizesThePipePagesButNotTheFlattenedOnes() throws IOException {
        assertThat(reader.recognizes(SourceDocument.of(FILE, VERSION_1_3))).isTrue();
        assertThat(reader.recognizes(seed(SeedDocs.PENDING_IMAGES))).isTrue();
        assertThat(reader.recognizes(seed(SeedDocs.IMAGE_MEMBERS))).isTrue();
        assertThat(reader.recognizes(seed(SeedDocs.IMAGE_IMPORT))).isTrue();
        assertThat(reader.recognizes(seed(SeedDocs.REFERENCE_1_1))).isFalse();
        assertThat(reader.recognizes(seed(SeedDocs.CLI_IMAGE_MEMBERS))).isFalse();
        assertThat(reader.recognizes(SourceDocument.of("empty.txt", ""))).isFalse();
    }

    @Test
    void readsEveryTableOfTheSeedPageWithAKnownLayout() throws IOException {
        List<Table> tables = tables(reader.read(seed(SeedDocs.PENDING_IMAGES), diagnostics));
        assertThat(tables).hasSize(12);
        assertThat(tables).allSatisfy(t -> assertThat(t.layout()).isNotNull());
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    private List<Block> read(String text) {
        return reader.read(SourceDocument.of(FILE, text), diagnostics);
    }

    private static SourceDocument seed(String name) throws IOException {
        return SourceDocument.of(name, Files.readString(SeedDocs.file(name)));
    }

    private static List<String> headingTexts(List<Block> blocks) {
        return blocks.stream().filter(Heading.class::isInstance).map(b -> ((Heading) b).text()).toList();
    }

    private static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
