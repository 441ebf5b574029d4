package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.docs.Block.Code;
import io.scpgen.generator.docs.Block.Heading;
import io.scpgen.generator.docs.Block.Paragraph;
import io.scpgen.generator.docs.Block.Row;
import io.scpgen.generator.docs.Block.Table;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Excerpts of virtualserver-api-reference-print-1.1.txt, and the same layout with English labels. */
class FlattenedTextReaderTest {

    private static final String FILE = "virtualserver-api-reference-print-1.1.txt";

    private final FlattenedTextReader reader = new FlattenedTextReader();
    private final Diagnostics diagnostics = new Diagnostics();

    /** Lines 1-30 of the 1.1 reference (the service header), the paragraphs shortened. */
    private static final String SERVICE_HEADER = """
            Virtual Server

            Overview

            SCP에서 제공하는 IaaS/PaaS 상품을 프로그램적으로 이용할 수 있도록 지원합니다.

            Version

            VersionStatusSupported Until
            1.0DEPRECATED20251231
            1.1CURRENT-

            OpenAPI URL

            https://virtualserver.{region}.{environment}.samsungsdscloud.com

            Environment and Region List

            environmentregion
            skr-west1
            gkr-south2
            ekr-east1

            1 - APIs
            """;

    /** Lines 32-108 of the 1.1 reference: the first endpoint-version section, Accept a volume transfer 1.1. */
    private static final String ENDPOINT_SECTION = """
            1.1 - Accept a volume transfer

            1.1.1 - 1.1

            post /v1/volume-transfer/{transfer_id}/accept

            Description

            Accept a volume transfer.

            상태 ACTIVE (CURRENT)

            버전최소 지원 보장일
            1.1-

            Parameters

            TypeNameDescriptionSchemaDefault
            pathtransfer_id
            required
            Transfer ID
            Example : 1ac231be-823b-4a4d-8ff0-aac503a7118a
            stringNone
            bodybody
            required

            VolumeTransferAccessRequest

            Responses

            HTTP CodeDescriptionSchema
            202AcceptedVolumeTransferAcceptResponse
            400Bad RequestNone
            401UnauthorizedNone

            Example HTTP request

            Request path

            /v1/volume-transfer/{transfer_id}/accept

            Request header

            "Scp-Accesskey = 2sd2gg=2agbdSD26svcD",
            "Scp-Timestamp = 1605290625682",
            "Scp-Api-Version = virtualserver 1.1"

            Request body

            {
                "auth_key": "f5972fdb456897eb"
            }

            Example HTTP response

            Response 202

            {
                "id": "1ac231be-823b-4a4d-8ff0-aac503a7118a",
                "name": "volume01"
            }

            1.1.2 - 1.0
            """;

    @Test
    void readsTheServiceHeader() {
        List<Block> blocks = read(SERVICE_HEADER);

        assertThat(blocks).hasSize(10);
        assertThat(blocks.get(0)).isEqualTo(new Heading(1, null, "Virtual Server"));
        assertThat(blocks.get(1)).isEqualTo(new Heading(3, null, "Overview"));
        assertThat(blocks.get(2)).isInstanceOf(Paragraph.class);
        assertThat(blocks.get(3)).isEqualTo(new Heading(7, null, "Version"));
        assertThat(blocks.get(4)).isEqualTo(new Table(9, TableLayout.SERVICE_VERSIONS,
                List.of("Version", "Status", "Supported Until"), List.of(
                        new Row(10, List.of("1.0", "DEPRECATED", "20251231")),
                        new Row(11, List.of("1.1", "CURRENT", "-")))));
        assertThat(blocks.get(5)).isEqualTo(new Heading(13, null, "OpenAPI URL"));
        assertThat(blocks.get(6)).isEqualTo(
                new Paragraph(15, "https://virtualserver.{region}.{environment}.samsungsdscloud.com"));
        assertThat(blocks.get(7)).isEqualTo(new Heading(17, null, "Environment and Region List"));
        assertThat(blocks.get(8)).isEqualTo(new Table(19, TableLayout.ENVIRONMENTS, List.of("environment", "region"),
                List.of(new Row(20, List.of("s", "kr-west1")), new Row(21, List.of("g", "kr-south2")),
                        new Row(22, List.of("e", "kr-east1")))));
        assertThat(blocks.get(9)).isEqualTo(new Heading(24, "1", "APIs"));
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void readsAnEndpointSectionIntoHeadingsTablesAndCode() {
        List<Block> blocks = read(ENDPOINT_SECTION);

        assertThat(blocks).first().isEqualTo(new Heading(1, "1.1", "Accept a volume transfer"));
        assertThat(headings(blocks)).containsExactly(
                "1.1 Accept a volume transfer", "1.1.1 1.1", "Description", "Parameters", "Responses",
                "Example HTTP request", "Request path", "Request header", "Request body", "Example HTTP response",
                "Response 202", "1.1.2 1.0");
        assertThat(((Heading) blocks.get(1)).depth()).isEqualTo(3);
        assertThat(paragraphs(blocks)).containsExactly(
                "post /v1/volume-transfer/{transfer_id}/accept", "Accept a volume transfer.", "상태 ACTIVE (CURRENT)",
                "/v1/volume-transfer/{transfer_id}/accept");
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void splitsTheRunTogetherCellsOfEachTableOfTheSection() {
        List<Table> tables = tables(read(ENDPOINT_SECTION));

        assertThat(tables).extracting(Table::layout).containsExactly(
                TableLayout.VERSION_LIFECYCLE, TableLayout.PARAMETERS, TableLayout.RESPONSES);
        assertThat(tables.get(0).rows()).containsExactly(new Row(14, List.of("1.1", "-")));
        assertThat(tables.get(1).header()).containsExactly("Type", "Name", "Description", "Schema", "Default");
        assertThat(tables.get(1).rows()).containsExactly(
                new Row(19, List.of("path", "transfer_id required",
                        "Transfer ID\nExample : 1ac231be-823b-4a4d-8ff0-aac503a7118a", "string", "None")),
                new Row(24, List.of("body", "body required", "", "VolumeTransferAccessRequest", "")));
        assertThat(tables.get(2).rows()).containsExactly(
                new Row(32, List.of("202", "Accepted", "VolumeTransferAcceptResponse")),
                new Row(33, List.of("400", "Bad Request", "None")),
                new Row(34, List.of("401", "Unauthorized", "None")));
    }

    @Test
    void readsTheExampleHeadersAndJsonBodiesAsCode() {
        List<Code> code = read(ENDPOINT_SECTION).stream().filter(Code.class::isInstance).map(Code.class::cast).toList();

        assertThat(code).extracting(Code::language).containsExactly("headers", "json", "json");
        assertThat(code.get(0).text()).isEqualTo("\"Scp-Accesskey = 2sd2gg=2agbdSD26svcD\",\n"
                + "\"Scp-Timestamp = 1605290625682\",\n\"Scp-Api-Version = virtualserver 1.1\"");
        assertThat(code.get(1)).isEqualTo(new Code(50, "json", "{\n    \"auth_key\": \"f5972fdb456897eb\"\n}", true));
        assertThat(code.get(2).line()).isEqualTo(58);
        assertThat(code.get(2).text()).startsWith("{").endsWith("}").contains("\"name\": \"volume01\"");
        assertThat(code).allMatch(Code::complete);
    }

    @Test
    void marksAJsonExampleCutOffByTheNextSectionAsIncomplete() {
        List<Block> blocks = read("""
                Response 200

                {
                    "images": [
                        {
                            "checksum": "7538e0fcb56e0e272cfd89eb384d6613",

                1.54.2 - 1.0
                """);

        Code json = (Code) blocks.get(1);
        assertThat(json.complete()).isFalse();
        assertThat(json.text()).contains("\"checksum\"").doesNotContain("1.54.2");
        assertThat(blocks.get(2)).isEqualTo(new Heading(8, "1.54.2", "1.0"));
    }

    @Test
    void keepsBracesInsideJsonStringsFromEndingTheBlock() {
        List<Block> blocks = read("""
                Response 200

                {
                    "volumes": "[{\\"tag\\": null}",
                    "name": "imagename"
                }
                """);
        Code json = (Code) blocks.get(1);
        assertThat(json.complete()).isTrue();
        assertThat(json.text()).endsWith("}").contains("\"name\": \"imagename\"");
    }

    @Test
    void keepsAModelFieldNamedDescriptionInsideTheModelTable() {
        // 2.16 - AutoScalingGroupScheduleCreateRequest: the field `description` is not the label `Description`
        List<Block> blocks = read("""
                2.16 - AutoScalingGroupScheduleCreateRequest

                NameDescriptionSchemaDefault
                day_of_month
                optional

                Example : -1,1
                any of [string, null]
                description
                optional
                설명
                Example : description
                any of [string, null]
                frequency
                required
                빈도
                Example : WEEKLY
                enum (ONCE, DAILY, WEEKLY, MONTHLY)

                2.17 - AutoScalingGroupScheduleListResponse
                """);

        assertThat(blocks).hasSize(3);
        Table table = (Table) blocks.get(1);
        assertThat(table.layout()).isEqualTo(TableLayout.MODEL_FIELDS);
        assertThat(table.header()).containsExactly("Name", "Description", "Schema", "Default");
        assertThat(table.rows()).containsExactly(
                new Row(4, List.of("day_of_month optional", "Example : -1,1", "any of [string, null]", "")),
                new Row(9, List.of("description optional", "설명\nExample : description", "any of [string, null]", "")),
                new Row(14, List.of("frequency required", "빈도\nExample : WEEKLY",
                        "enum (ONCE, DAILY, WEEKLY, MONTHLY)", "")));
        assertThat(blocks.get(2)).isEqualTo(new Heading(20, "2.17", "AutoScalingGroupScheduleListResponse"));
    }

    @Test
    void keepsAParameterDescribedAsTheKoreanWordForStatusInsideTheTable() {
        // 1.54.1 List Images: querystatus / optional / 상태 / Example : active
        List<Block> blocks = read("""
                Parameters

                TypeNameDescriptionSchemaDefault
                queryos_distro
                optional
                OS 배포판
                Example : alma
                any of [string, null]None
                querystatus
                optional
                상태
                Example : active
                any of [string, null]None
                queryvisibility
                optional
                가시성
                Example : private
                any of [enum (public, community, shared, private), null]None
                querylimit
                optional
                페이지 항목 개수
                Example : 20
                any of [integer, null]20

                Responses
                """);

        assertThat(blocks).hasSize(3);
        Table table = (Table) blocks.get(1);
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(1)).isEqualTo(new Row(9, List.of("query", "status optional",
                "상태\nExample : active", "any of [string, null]", "None")));
        assertThat(table.rows().get(2).cells()).containsExactly("query", "visibility optional",
                "가시성\nExample : private", "any of [enum (public, community, shared, private), null]", "None");
        assertThat(table.rows().get(3).cells()).containsExactly("query", "limit optional",
                "페이지 항목 개수\nExample : 20", "any of [integer, null]", "20");
        assertThat(blocks.stream().filter(Paragraph.class::isInstance)).isEmpty();
    }

    @Test
    void keepsAModelFieldDescribedAsStatusInsideTheModelTable() {
        // 2.x - ImageShowResponse: status / required / 상태 / Example : active / string
        Table table = (Table) read("""
                NameDescriptionSchemaDefault
                size
                optional
                크기
                Example : 2429747200
                any of [integer, null]
                status
                required
                상태
                Example : active
                string
                updated_at
                required
                수정일시
                Example : 2025-07-26T12:00:00Z
                string
                """).get(0);

        assertThat(table.rows()).extracting(r -> r.cell(0))
                .containsExactly("size optional", "status required", "updated_at required");
        assertThat(table.rows().get(1).cell(1)).isEqualTo("상태\nExample : active");
    }

    @Test
    void readsEnglishLabelsWithTheStateOnItsOwnLine() {
        List<Block> blocks = read("""
                1.57.1 - 1.1

                get /v1/pending-images

                Description

                Retrieve a list of images pending sharing.

                State

                ACTIVE (DEPRECATED)

                VersionNot Before
                1.120260531

                Responses
                """);

        assertThat(blocks).containsExactly(
                new Heading(1, "1.57.1", "1.1"),
                new Paragraph(3, "get /v1/pending-images"),
                new Heading(5, null, "Description"),
                new Paragraph(7, "Retrieve a list of images pending sharing."),
                new Paragraph(9, "State ACTIVE (DEPRECATED)"),
                new Table(13, TableLayout.VERSION_LIFECYCLE, List.of("버전", "최소 지원 보장일"),
                        List.of(new Row(14, List.of("1.1", "20260531")))),
                new Heading(16, null, "Responses"));
    }

    @Test
    void readsTheEnglishStateLabelDirectlyAboveItsValue() {
        List<Block> blocks = read("""
                Description

                Retrieve a list of images pending sharing.
                State
                ACTIVE (CURRENT)

                VersionSupported Until
                1.3-
                """);
        assertThat(blocks).containsExactly(
                new Heading(1, null, "Description"),
                new Paragraph(3, "Retrieve a list of images pending sharing."),
                new Paragraph(4, "State ACTIVE (CURRENT)"),
                new Table(7, TableLayout.VERSION_LIFECYCLE, List.of("버전", "최소 지원 보장일"),
                        List.of(new Row(8, List.of("1.3", "-")))));
    }

    @Test
    void readsTheEnglishServiceVersionHeaderWithState() {
        Table table = (Table) read("""
                VersionStateSupported Until
                1.0DEPRECATED20251231
                1.1CURRENT-
                """).get(0);
        assertThat(table.layout()).isEqualTo(TableLayout.SERVICE_VERSIONS);
        assertThat(table.rows()).extracting(Row::cells)
                .containsExactly(List.of("1.0", "DEPRECATED", "20251231"), List.of("1.1", "CURRENT", "-"));
    }

    @Test
    void keepsALoneStateWordThatIsNotFollowedByAStatusAsText() {
        List<Block> blocks = read("""
                Description

                상태
                서버의 현재 상태를 조회한다.
                """);
        assertThat(blocks).containsExactly(new Heading(1, null, "Description"),
                new Paragraph(3, "상태\n서버의 현재 상태를 조회한다."));
    }

    @Test
    void reportsASingleLineRowItCannotSplitAndKeepsItsText() {
        List<Block> blocks = read("""
                Version

                VersionStatusSupported Until
                1.0DEPRECATED20251231
                1.1ACTIVE-
                """);

        Table table = (Table) blocks.get(1);
        assertThat(table.rows()).containsExactly(new Row(4, List.of("1.0", "DEPRECATED", "20251231")),
                new Row(5, List.of("1.1ACTIVE-")));
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(FILE);
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("1.1ACTIVE-");
        });
    }

    @Test
    void reportsAResponseRowWithoutAStatusCode() {
        read("""
                HTTP CodeDescriptionSchema
                200OKImageListResponse
                OKImageListResponse
                """);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::line).containsExactly(3);
    }

    @Test
    void keepsTheLinesOfARowWithoutARequiredMarkerAsTextAndReportsTheRow() {
        List<Block> blocks = read("""
                TypeNameDescriptionSchemaDefault
                querylimit
                페이지 항목 개수
                any of [integer, null]20
                """);
        assertThat(blocks).containsExactly(
                new Table(1, TableLayout.PARAMETERS, List.of("Type", "Name", "Description", "Schema", "Default"),
                        List.of()),
                new Paragraph(2, "querylimit\n페이지 항목 개수\nany of [integer, null]20"));
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> assertThat(d.format()).isEqualTo(FILE
                + ":2: error: cannot read this parameters row 'querylimit': expected a name line followed by"
                + " 'required' or 'optional'"));
    }

    @Test
    void recognizesThePrintViewButNotTheOtherLayouts() throws IOException {
        assertThat(reader.recognizes(SourceDocument.of(FILE, SERVICE_HEADER))).isTrue();
        assertThat(reader.recognizes(seed(SeedDocs.REFERENCE_1_1))).isTrue();
        assertThat(reader.recognizes(seed(SeedDocs.PENDING_IMAGES))).isFalse();
        assertThat(reader.recognizes(SourceDocument.of("empty.txt", ""))).isFalse();
        assertThat(reader.recognizes(SourceDocument.of("prose.txt", "Version\n\nType Name Description"))).isFalse();
    }

    @Test
    void readsAnEmptyPageAsNoBlocks() {
        assertThat(reader.read(SourceDocument.of(FILE, "\n\n"), diagnostics)).isEmpty();
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    private List<Block> read(String text) {
        return reader.read(SourceDocument.of(FILE, text), diagnostics);
    }

    private static SourceDocument seed(String name) throws IOException {
        return SourceDocument.of(name, Files.readString(SeedDocs.file(name)));
    }

    private static List<String> headings(List<Block> blocks) {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                .map(h -> h.number() == null ? h.text() : h.number() + " " + h.text()).toList();
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    private static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
