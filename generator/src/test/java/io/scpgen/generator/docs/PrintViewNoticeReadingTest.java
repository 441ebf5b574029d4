package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.Block.Heading;
import io.scpgen.generator.docs.Block.Paragraph;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print view's notice ({@code This is the multi-page printable view of this section. Click here to print.},
 * {@code 이 섹션의 다중 페이지 출력 화면임. 여기를 클릭하여 프린트.}) opens pages of every layout. It is chrome: never a
 * title, heading, paragraph or operation title, so the page's title is its first real heading.
 */
class PrintViewNoticeReadingTest {

    private static final String ENGLISH_NOTICE = """
            This is the multi-page printable view of this section. Click here to print.
            Return to the regular view of this page.
            """;

    private static final String KOREAN_NOTICE = """
            이 섹션의 다중 페이지 출력 화면임. 여기를 클릭하여 프린트.
             이 페이지의 일반 화면으로 돌아가기
            """;

    /** A single-endpoint pipe page (the shape of pending-images-list-1.3.txt) under a section title. */
    private static final String PIPE_PAGE = """
            Networking
            1 - Direct Connect
            1.1 - 1.0
            get /v1/direct-connects
            Description
            List Direct Connects.
            State ACTIVE (CURRENT)
            | Version | Supported Until |
            |---|
            | 1.0 | - |
            Parameters
            | Type | Name | Description | Schema | Default |
            |---|
            | query | limit optional | Limit | any of [integer, null] | 20 |
            Responses
            | HTTP Code | Description | Schema |
            |---|
            | 200 | OK | None |
            """;

    /** The same in the flattened print view (the shape of virtualserver-api-reference-print-1.1.txt). */
    private static final String FLATTENED_PAGE = """
            Networking

            1 - Direct Connect

            1.1 - 1.0

            get /v1/direct-connects

            Description

            List Direct Connects.

            상태 ACTIVE (CURRENT)

            버전최소 지원 보장일
            1.0-

            Responses

            HTTP CodeDescriptionSchema
            200OKNone
            """;

    /** The command-line reference (the shape of cli-image-member-list-1.3.txt). */
    private static final String CLI_PAGE = """
            List Direct Connects

            1 - 1.0

            scp-cli directconnect direct-connect list
            --limit <value>

            Description

            List Direct Connects.

            상태 ACTIVE (CURRENT)

            Responses

            NameDescriptionExample
            id아이디dc-1
            """;

    @TempDir
    Path temp;

    @Test
    void theNoticeIsNoBlockOfAPipePageAndTheTitleIsTheFirstRealHeading() {
        for (String notice : List.of(ENGLISH_NOTICE, KOREAN_NOTICE)) {
            List<Block> blocks = read(new PipeTableReader(), notice + PIPE_PAGE);

            assertThat(blocks.get(0)).isEqualTo(new Heading(3, null, "Networking"));
            assertThat(blocks.get(1)).isEqualTo(new Heading(4, "1", "Direct Connect"));
            assertThat(texts(blocks)).noneMatch(PrintViewNoticeReadingTest::mentionsTheNotice);
            DocPage.Parsed page = DocParser.parse(SourceDocument.of("direct-connect-list-1.0.txt", notice + PIPE_PAGE),
                    blocks, new Diagnostics());
            assertThat(page.services()).isNotEmpty().allSatisfy(part -> assertThat(part.title()).isEqualTo("Networking"));
        }
    }

    @Test
    void theNoticeIsNoBlockOfAFlattenedPage() {
        for (String notice : List.of(ENGLISH_NOTICE, KOREAN_NOTICE)) {
            List<Block> blocks = read(new FlattenedTextReader(), notice + "\n" + FLATTENED_PAGE);

            assertThat(blocks.get(0)).isEqualTo(new Heading(4, null, "Networking"));
            assertThat(blocks.get(1)).isEqualTo(new Heading(6, "1", "Direct Connect"));
            assertThat(texts(blocks)).noneMatch(PrintViewNoticeReadingTest::mentionsTheNotice);
        }
    }

    @Test
    void theNoticeIsNoBlockOfACommandLineReference() {
        for (String notice : List.of(ENGLISH_NOTICE, KOREAN_NOTICE)) {
            List<Block> blocks = read(new CliReferenceReader(), notice + CLI_PAGE);

            assertThat(blocks.get(0)).isEqualTo(new Heading(3, null, "List Direct Connects"));
            assertThat(texts(blocks)).noneMatch(PrintViewNoticeReadingTest::mentionsTheNotice);
        }
    }

    @Test
    void aNoticeBetweenParagraphsIsLeftOutAndTheOtherLinesKeepTheirNumbers() {
        List<Block> blocks = read(new PipeTableReader(), """
                1 - 1.0
                get /v1/direct-connects
                Description
                List Direct Connects.
                Return to the regular view of this page.
                Direct Connects link a network to SCP.
                | HTTP Code | Description | Schema |
                |---|
                | 200 | OK | None |
                """);

        assertThat(blocks).filteredOn(Paragraph.class::isInstance).containsExactly(
                new Paragraph(2, "get /v1/direct-connects"),
                new Paragraph(4, "List Direct Connects."),
                new Paragraph(6, "Direct Connects link a network to SCP."));
    }

    @Test
    void theOperationIsTitledFromTheRealHeadingNeverFromTheNotice() throws IOException {
        Path page = Files.writeString(temp.resolve("direct-connect-list-1.0.txt"), ENGLISH_NOTICE + PIPE_PAGE);

        SpecFromDocs.Result result = SpecFromDocs.withAllReaders().load(List.of(page), "things"); // the snippet names no service

        assertThat(result.spec().operations()).singleElement().satisfies(operation -> {
            assertThat(operation.title()).isEqualTo("Direct Connect");
            assertThat(operation.id()).isEqualTo("directConnect");
        });
    }

    @Test
    void aPageWithNoHeadingButTheNoticeHasNoTitle() throws IOException {
        Path page = Files.writeString(temp.resolve("direct-connect-list-1.0.txt"),
                ENGLISH_NOTICE + PIPE_PAGE.substring(PIPE_PAGE.indexOf("1.1 - 1.0")));

        SpecFromDocs.Result result = SpecFromDocs.withAllReaders().load(List.of(page), "things"); // the snippet names no service

        assertThat(result.spec().operations()).singleElement().extracting(Operation::title, Operation::id)
                .containsExactly(null, "getDirectConnects");
    }

    @Test
    void theNoticeIsLeftOutOfAnHtmlPageWithoutThePrintViewClasses() {
        String page = """
                <!doctype html>
                <html><body><main>
                <div class="td-content">
                <p>This is the multi-page printable view of this section.
                <a href="#" onclick="print();return false;">Click here to print</a>.</p>
                <p><a href="/networking/">Return to the regular view of this page</a>.</p>
                <h1>Networking</h1>
                <h1 id="pg-1">1 - Direct Connect</h1>
                <h2 id="pg-1-1">1.1 - 1.0</h2>
                <p><code>get /v1/direct-connects</code></p>
                </div>
                </main></body></html>
                """;

        List<Block> blocks = read(new HtmlPageReader(), page);

        assertThat(blocks).containsExactly(
                new Heading(7, null, "Networking"),
                new Heading(8, "1", "Direct Connect"),
                new Heading(9, "1.1", "1.0"),
                new Paragraph(10, "get /v1/direct-connects"));
    }

    @Test
    void theKoreanNoticeIsLeftOutOfAnHtmlPage() {
        String page = """
                <!doctype html>
                <html lang="ko"><body><main>
                <div class="td-content">
                <p>이 섹션의 다중 페이지 출력 화면임.
                <a href="#" onclick="print();return false;">여기를 클릭하여 프린트</a>.</p>
                <p><a href="/networking/">이 페이지의 일반 화면으로 돌아가기</a>.</p>
                <h2>이 섹션의 다중 페이지 출력 화면임</h2>
                <h1>Networking</h1>
                </div>
                </main></body></html>
                """;

        assertThat(read(new HtmlPageReader(), page)).containsExactly(new Heading(8, null, "Networking"));
    }

    private static List<Block> read(DocReader reader, String text) {
        SourceDocument document = SourceDocument.of("direct-connect-list-1.0.txt", text);
        assertThat(reader.recognizes(document)).as(reader.layout()).isTrue();
        return reader.read(document, new Diagnostics());
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> b instanceof Heading h ? h.text() : b instanceof Paragraph p ? p.text() : "")
                .toList();
    }

    private static boolean mentionsTheNotice(String text) {
        return text.contains("printable view") || text.contains("Click here") || text.contains("regular view")
                || text.contains("다중 페이지") || text.contains("일반 화면");
    }
}
