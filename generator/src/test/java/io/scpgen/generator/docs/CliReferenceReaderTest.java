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

/** Excerpts of cli-image-member-list-1.3.txt, and the same layout with English labels and the other command spellings. */
class CliReferenceReaderTest {

    private static final String FILE = "cli-image-member-list-1.3.txt";

    private final CliReferenceReader reader = new CliReferenceReader();
    private final Diagnostics diagnostics = new Diagnostics();

    /** Lines 1-37 of cli-image-member-list-1.3.txt. */
    private static final String VERSION_1_3 = """
            List Image members

            1 - 1.3

            scp-cli virtualserver image member list
            --image_id <value>

            Description

            Retrieves the list of account members with whom the image owner has shared the image.

              • You can request image sharing between accounts.

              • Image members have read‑only permission on the image.

            상태 ACTIVE (CURRENT)

            버전최소 지원 보장일
            1.3-

            Parameters

            NameTypeDescriptionExample
            image_id
            required
            string이미지 ID70a599e0-31e7-49b7-b260-868f441e862b

            Responses

            NameDescriptionExample
            created_at생성일시2025-07-22T09:00:00Z
            image_id이미지 ID70a599e0-31e7-49b7-b260-868f441e862b
            member_id공유용 이미지 멤버 IDa8f10467abfc4b87b64614ab36eb9ae4
            status이미지 멤버 상태. 승인 대기중, 승인 완료, 거부 중 하나의 값pending
            updated_at수정일시2025-07-26T12:00:00Z

            2 - 1.2
            """;

    @Test
    void readsTheTitleVersionHeadingAndCommand() {
        List<Block> blocks = read(VERSION_1_3);

        assertThat(blocks.get(0)).isEqualTo(new Heading(1, null, "List Image members"));
        assertThat(blocks.get(1)).isEqualTo(new Heading(3, "1", "1.3"));
        assertThat(blocks.get(2)).isEqualTo(new Code(5, "command",
                "scp-cli virtualserver image member list\n--image_id <value>", true));
        assertThat(blocks.get(3)).isEqualTo(new Heading(8, null, "Description"));
        assertThat(blocks.get(blocks.size() - 1)).isEqualTo(new Heading(37, "2", "1.2"));
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void readsTheBulletsAndTheStatusAsParagraphs() {
        List<String> paragraphs = read(VERSION_1_3).stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).toList();
        assertThat(paragraphs).containsExactly(
                "Retrieves the list of account members with whom the image owner has shared the image.",
                "• You can request image sharing between accounts.",
                "• Image members have read‑only permission on the image.",
                "상태 ACTIVE (CURRENT)");
    }

    @Test
    void readsTheVersionOptionAndResponseFieldTables() {
        List<Table> tables = tables(read(VERSION_1_3));

        assertThat(tables).hasSize(3);
        assertThat(tables.get(0)).isEqualTo(new Table(18, TableLayout.VERSION_LIFECYCLE, List.of("버전", "최소 지원 보장일"),
                List.of(new Row(19, List.of("1.3", "-")))));
        assertThat(tables.get(1)).isEqualTo(new Table(23, TableLayout.CLI_OPTIONS,
                List.of("Name", "Type", "Description", "Example"), List.of(new Row(24, List.of(
                        "image_id required", "string", "이미지 ID", "70a599e0-31e7-49b7-b260-868f441e862b")))));
        Table fields = tables.get(2);
        assertThat(fields.layout()).isEqualTo(TableLayout.CLI_FIELDS);
        assertThat(fields.line()).isEqualTo(30);
        assertThat(fields.header()).containsExactly("Name", "Description", "Example");
        assertThat(fields.rows()).containsExactly(
                new Row(31, List.of("created_at", "생성일시", "2025-07-22T09:00:00Z")),
                new Row(32, List.of("image_id", "이미지 ID", "70a599e0-31e7-49b7-b260-868f441e862b")),
                new Row(33, List.of("member_id", "공유용 이미지 멤버 ID", "a8f10467abfc4b87b64614ab36eb9ae4")),
                new Row(34, List.of("status", "이미지 멤버 상태. 승인 대기중, 승인 완료, 거부 중 하나의 값", "pending")),
                new Row(35, List.of("updated_at", "수정일시", "2025-07-26T12:00:00Z")));
    }

    @Test
    void readsTheDeprecationSentenceAsTextBeforeTheVersionTable() {
        // cli-image-member-list-1.3.txt, 1.1
        List<Block> blocks = read("""
                상태 ACTIVE (DEPRECATED)

                Not Before 기간이 도래하거나 만료된 Deprecated 버전은 더 이상 지원하지 않습니다. 최신 버전 사용을 권장합니다.

                버전최소 지원 보장일
                1.120260531
                """);
        assertThat(blocks).containsExactly(
                new Paragraph(1, "상태 ACTIVE (DEPRECATED)"),
                new Paragraph(3, "Not Before 기간이 도래하거나 만료된 Deprecated 버전은 더 이상 지원하지 않습니다. 최신 버전 사용을 권장합니다."),
                new Table(5, TableLayout.VERSION_LIFECYCLE, List.of("버전", "최소 지원 보장일"),
                        List.of(new Row(6, List.of("1.1", "20260531")))));
    }

    @Test
    void readsTheScpcliSpellingAndALongFlagWithBlankLinesBetweenOptions() {
        List<Block> blocks = read("""
                List Image members

                scpcli virtualserver image member list
                --image_id <value>

                [--long]

                Description
                """);
        assertThat(blocks).containsExactly(
                new Heading(1, null, "List Image members"),
                new Code(3, "command", "scpcli virtualserver image member list\n--image_id <value>\n[--long]", true),
                new Heading(8, null, "Description"));
    }

    @Test
    void readsEnglishLabelsWithTheStateOnItsOwnLine() {
        List<Block> blocks = read("""
                1 - 1.3

                scp-cli virtualserver image member list
                --image_id <value>

                State

                ACTIVE (CURRENT)

                VersionNot Before
                1.3-

                Responses

                NameDescriptionExample
                member_idShared image member IDa8f10467abfc4b87b64614ab36eb9ae4
                """);
        assertThat(blocks).containsExactly(
                new Heading(1, "1", "1.3"),
                new Code(3, "command", "scp-cli virtualserver image member list\n--image_id <value>", true),
                new Paragraph(6, "State ACTIVE (CURRENT)"),
                new Table(10, TableLayout.VERSION_LIFECYCLE, List.of("버전", "최소 지원 보장일"),
                        List.of(new Row(11, List.of("1.3", "-")))),
                new Heading(13, null, "Responses"),
                new Table(15, TableLayout.CLI_FIELDS, List.of("Name", "Description", "Example"),
                        List.of(new Row(16, List.of("member_id", "Shared image member ID",
                                "a8f10467abfc4b87b64614ab36eb9ae4")))));
    }

    @Test
    void keepsAnOptionWhoseDescriptionHasNoExample() {
        Table table = tables(read("""
                NameTypeDescriptionExample
                image_id
                required
                string이미지 ID
                limit
                optional
                integer페이지 항목 개수20
                """)).get(0);
        assertThat(table.rows()).extracting(Row::cells).containsExactly(
                List.of("image_id required", "string", "이미지 ID", ""),
                List.of("limit optional", "integer", "페이지 항목 개수", "20"));
    }

    @Test
    void reportsAResponseFieldRowWithoutAFieldName() {
        List<Block> blocks = read("""
                NameDescriptionExample
                created_at생성일시2025-07-22T09:00:00Z
                생성일시2025-07-22T09:00:00Z
                """);
        Table table = (Table) blocks.get(0);
        assertThat(table.rows()).extracting(Row::line).containsExactly(2, 3);
        assertThat(table.rows().get(1).cells()).containsExactly("생성일시2025-07-22T09:00:00Z");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.file()).isEqualTo(FILE);
        });
    }

    @Test
    void doesNotReadTheEndpointTablesOfThePrintView() {
        List<Block> blocks = read("""
                HTTP CodeDescriptionSchema
                200OKImageListResponse
                """);
        assertThat(tables(blocks)).isEmpty();
    }

    @Test
    void recognizesOnlyPagesWithACommandLine() throws IOException {
        assertThat(reader.recognizes(SourceDocument.of(FILE, VERSION_1_3))).isTrue();
        assertThat(reader.recognizes(SourceDocument.of(FILE, "  scpcli virtualserver image list"))).isTrue();
        assertThat(reader.recognizes(seed(SeedDocs.CLI_IMAGE_MEMBERS))).isTrue();
        assertThat(reader.recognizes(seed(SeedDocs.REFERENCE_1_1))).isFalse();
        assertThat(reader.recognizes(seed(SeedDocs.PENDING_IMAGES))).isFalse();
        assertThat(reader.recognizes(SourceDocument.of(FILE, "scp-cli"))).as("the word alone").isFalse();
        assertThat(reader.recognizes(SourceDocument.of(FILE, "Use scp-cli virtualserver image list"))).isFalse();
    }

    @Test
    void readsAllFourVersionsOfTheSeedPage() throws IOException {
        List<Block> blocks = reader.read(seed(SeedDocs.CLI_IMAGE_MEMBERS), diagnostics);
        assertThat(blocks.stream().filter(b -> b instanceof Heading h && h.depth() == 1).map(b -> ((Heading) b).text()))
                .containsExactly("1.3", "1.2", "1.1", "1.0");
        assertThat(tables(blocks)).extracting(Table::layout).containsExactly(
                TableLayout.VERSION_LIFECYCLE, TableLayout.CLI_OPTIONS, TableLayout.CLI_FIELDS,
                TableLayout.VERSION_LIFECYCLE, TableLayout.CLI_OPTIONS, TableLayout.CLI_FIELDS,
                TableLayout.VERSION_LIFECYCLE, TableLayout.CLI_OPTIONS, TableLayout.CLI_FIELDS,
                TableLayout.VERSION_LIFECYCLE, TableLayout.CLI_OPTIONS, TableLayout.CLI_FIELDS);
        assertThat(tables(blocks)).allSatisfy(t -> assertThat(t.rows()).isNotEmpty());
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    private List<Block> read(String text) {
        return reader.read(SourceDocument.of(FILE, text), diagnostics);
    }

    private static SourceDocument seed(String name) throws IOException {
        return SourceDocument.of(name, Files.readString(SeedDocs.file(name)));
    }

    private static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
