package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.Block;
import io.scpgen.generator.docs.DocPage;
import io.scpgen.generator.docs.DocParser;
import io.scpgen.generator.docs.DocReader;
import io.scpgen.generator.docs.FlattenedTextReader;
import io.scpgen.generator.docs.HtmlPageReader;
import io.scpgen.generator.docs.PipeTableReader;
import io.scpgen.generator.docs.SourceDocument;
import io.scpgen.generator.docs.rules.VersionHistorySection.History;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.StatedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API version history of a service header, as the real readers give its blocks: the flattened print view (no
 * blank line between the region list and the history), pipe tables, and HTML.
 */
class VersionHistorySectionTest {

    private static final String FLATTENED = """
            Product

            Overview

            The Product API lets you manage products.

            Version

            VersionStatusSupported Until
            1.0SUPPORTED20261231
            1.1CURRENT-

            OpenAPI URL

            https://product.{region}.{environment}.samsungsdscloud.com

            Environment and Region List

            environmentregion
            skr-west1
            ekr-east1
            API Version History
            1.1
            Adds product categories
            Changes
            • [New] GET /product-categories - ListProductCategories API have been added.
            • [Changed] GET /products/{product_id} - ShowProduct response field description changed.
            1.0
            Initial API release for Product
            Changes
            • [New] GET /products - ListProducts API have been added.

            1 - APIs
            """;

    private static final String PIPES = """
            Product
            Overview
            The Product API lets you manage products.
            Version
            | Version | Status | Supported Until |
            |---|---|---|
            | 1.0 | SUPPORTED | 20261231 |
            | 1.1 | CURRENT | - |
            OpenAPI URL
            https://product.{region}.{environment}.samsungsdscloud.com
            Environment and Region List
            | environment | region |
            |---|---|
            | s | kr-west1 |
            | e | kr-east1 |
            API Version History
            1.1
            Adds product categories
            Changes
            • [New] GET /product-categories - ListProductCategories API have been added.
            • [Changed] GET /products/{product_id} - ShowProduct response field description changed.

            1.0
            Initial API release for Product
            Changes
            • [New] GET /products - ListProducts API have been added.
            1 - APIs
            """;

    private static final String HTML = """
            <html><body><main>
            <h1>Product</h1>
            <h2>Overview</h2><p>The Product API lets you manage products.</p>
            <h2>Version</h2>
            <table><thead><tr><th>Version</th><th>Status</th><th>Supported Until</th></tr></thead>
            <tbody><tr><td>1.0</td><td>SUPPORTED</td><td>20261231</td></tr>
            <tr><td>1.1</td><td>CURRENT</td><td>-</td></tr></tbody></table>
            <h2>OpenAPI URL</h2><p>https://product.{region}.{environment}.samsungsdscloud.com</p>
            <h2>Environment and Region List</h2>
            <table><thead><tr><th>environment</th><th>region</th></tr></thead>
            <tbody><tr><td>s</td><td>kr-west1</td></tr><tr><td>e</td><td>kr-east1</td></tr></tbody></table>
            <h2>API Version History</h2>
            <h3>1.1</h3>
            <p>Adds product categories</p>
            <p><strong>Changes</strong></p>
            <ul>
            <li>[New] <code>GET /product-categories</code> - ListProductCategories API have been added.</li>
            <li>[Changed] GET /products/{product_id} - ShowProduct response field
              description changed.</li>
            </ul>
            <h3>1.0</h3>
            <p>Initial API release for Product</p>
            <h4>Changes</h4>
            <ul><li>[New] GET /products - ListProducts API have been added.</li></ul>
            <h2>1 - APIs</h2>
            </main></body></html>
            """;

    private static final StatedChange NEW_CATEGORIES = new StatedChange("New", "GET", "/v1/product-categories",
            "ListProductCategories API have been added.");
    private static final StatedChange CHANGED_SHOW = new StatedChange("Changed", "GET", "/v1/products/{product_id}",
            "ShowProduct response field description changed.");
    private static final StatedChange NEW_LIST = new StatedChange("New", "GET", "/v1/products",
            "ListProducts API have been added.");

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void theFlattenedPrintView() {
        Map<String, History> history = read(new FlattenedTextReader(), "product.txt", FLATTENED);

        assertTheExample(history);
        assertThat(history.get("1.1").line()).isEqualTo(23);
        assertThat(history.get("1.0").line()).isEqualTo(28);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void pipeTables() {
        Map<String, History> history = read(new PipeTableReader(), "product.txt", PIPES);

        assertTheExample(history);
        assertThat(history.get("1.0").line()).isEqualTo(23);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void anHtmlPage() {
        Map<String, History> history = read(new HtmlPageReader(), "product.html", HTML);

        assertTheExample(history);
        assertThat(history.get("1.1").line()).isEqualTo(13);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void theHeaderAroundTheHistoryReadsAsBefore() {
        assertTheHeaderReads(new FlattenedTextReader(), FLATTENED);
        assertTheHeaderReads(new PipeTableReader(), PIPES);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    private void assertTheHeaderReads(DocReader reader, String page) {
        SourceDocument document = SourceDocument.of("product.txt", page);
        DocPage parsed = DocParser.parse(document, reader.read(document, diagnostics), diagnostics).services().get(0);

        assertThat(parsed.header().description()).as(reader.layout())
                .isEqualTo("The Product API lets you manage products.");
        assertThat(parsed.header().versions()).extracting(ApiVersion::version).containsExactly("1.0", "1.1");
        assertThat(parsed.header().versions()).allMatch(ApiVersion::hasHistory);
        assertThat(parsed.header().environments()).hasSize(2);
    }

    @Test
    void koreanLabels() {
        Map<String, History> history = read(new PipeTableReader(), "product-ko.txt", """
                Product
                Version
                | Version | Status | Supported Until |
                |---|---|---|
                | 1.0 | CURRENT | - |
                API 버전 이력
                1.0
                Product API 최초 릴리스
                변경 사항
                • [신규] GET /products - ListProducts API가 추가되었습니다.
                """);

        assertThat(history).containsOnlyKeys("1.0");
        assertThat(history.get("1.0").summary()).isEqualTo("Product API 최초 릴리스");
        assertThat(history.get("1.0").changes()).containsExactly(
                new StatedChange("신규", "GET", "/v1/products", "ListProducts API가 추가되었습니다."));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void otherTagsBulletsWithoutAnOperationAndPathsInOtherForms() {
        Map<String, History> history = read(new PipeTableReader(), "p.txt", header("""
                1.2
                Changes
                • [Deprecated] delete /v1/products/{product_id} - DeleteProduct is deprecated.
                • [Removed] POST /products/.
                • [Fixed] Typos in the descriptions fixed.
                - [Changed] PUT /products/{product_id}?force=true: UpdateProduct force added.
                [Notice]
                """));

        assertThat(history.get("1.2").summary()).isNull();
        assertThat(history.get("1.2").changes()).containsExactly(
                new StatedChange("Deprecated", "DELETE", "/v1/products/{product_id}", "DeleteProduct is deprecated."),
                new StatedChange("Removed", "POST", "/v1/products", null),
                new StatedChange("Fixed", null, null, "Typos in the descriptions fixed."),
                new StatedChange("Changed", "PUT", "/v1/products/{product_id}", "UpdateProduct force added."),
                new StatedChange("Notice", null, null, null));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/products,                  /v1/products",
        "/products/{product_id},     /v1/products/{product_id}",
        "/v1/products,               /v1/products",
        "/v2/products,               /v2/products",
        "/products/,                 /v1/products",
        "'/products.',               /v1/products",
        "/products?limit=10,         /v1/products",
        "/,                          /v1",
        "/v1,                        /v1",
        "/vpcs,                      /v1/vpcs",
    })
    void pathsInTheSpecsForm(String written, String spec) {
        assertThat(VersionHistorySection.specPath(written)).isEqualTo(spec);
    }

    @Test
    void linesItCannotReadAreWarningsSayingWhatWasExpected() {
        Map<String, History> history = read(new PipeTableReader(), "p.txt", header("""
                The changes of each version.
                • [New] GET /early - before any version.
                1.1
                Changes
                • ListProducts got faster
                Some text after the changes
                • [New] GET /products - kept.
                1.1
                A second 1.1
                """));

        assertThat(history).containsOnlyKeys("1.1");
        assertThat(history.get("1.1").changes()).containsExactly(new StatedChange("New", "GET", "/v1/products", "kept."));
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "p.txt:8: warning: change '• [New] GET /early - before any version.' of the API version history before"
                        + " any version: expected a version line such as '1.1' before it",
                "p.txt:11: warning: cannot read '• ListProducts got faster' in the API version history: expected a"
                        + " change with a tag in brackets such as '• [New] GET /products - ListProducts API have been"
                        + " added.', or a version line such as '1.1'",
                "p.txt:12: warning: cannot read 'Some text after the changes' in the API version history: expected a"
                        + " change with a tag in brackets such as '• [New] GET /products - ListProducts API have been"
                        + " added.', or a version line such as '1.1'",
                "p.txt:14: warning: version 1.1 is in the API version history twice: expected each version once; the"
                        + " first is kept");
    }

    @Test
    void aHistoryWithoutVersionsIsAWarning() {
        Map<String, History> history = read(new PipeTableReader(), "p.txt", header("To be announced.\n"));

        assertThat(history).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("p.txt:6: warning: API version"
                + " history with no version: expected a version line such as '1.1', then its summary, 'Changes' and"
                + " changes such as '• [New] GET /products - ListProducts API have been added.'");
    }

    @Test
    void aHeaderWithoutHistoryHasNone() {
        String page = PIPES.substring(0, PIPES.indexOf("API Version History"));

        assertThat(read(new PipeTableReader(), "p.txt", page)).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void theSectionEndsAtAHeadingThatIsNeitherAVersionNorChanges() {
        Map<String, History> history = read(new HtmlPageReader(), "p.html", """
                <main><h1>Product</h1>
                <table><thead><tr><th>Version</th><th>Status</th><th>Supported Until</th></tr></thead>
                <tbody><tr><td>1.0</td><td>CURRENT</td><td>-</td></tr></tbody></table>
                <h2>API Version History</h2>
                <h3>1.0</h3><p>Initial release</p>
                <h2>Support</h2><p>Write to us.</p><p>[New] not a change</p>
                </main>
                """);

        assertThat(history.get("1.0")).isEqualTo(new History(5, "Initial release", List.of()));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void attachedToTheVersionsOfTheTableWhichMustListThem() {
        Map<String, History> history = read(new PipeTableReader(), "p.txt", header("""
                1.1
                Adds product categories
                1.3
                Changes
                • [New] GET /later - not in the table.
                """));
        List<ApiVersion> table = List.of(new ApiVersion("1.0", LifecycleStatus.SUPPORTED, "2026-12-31"),
                new ApiVersion("1.1", LifecycleStatus.CURRENT, null));

        List<ApiVersion> attached = VersionHistorySection.attach(table, history, "p.txt", diagnostics);

        assertThat(attached).containsExactly(table.get(0),
                new ApiVersion("1.1", LifecycleStatus.CURRENT, null, "Adds product categories", List.of()));
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("p.txt:9: warning: version 1.3"
                + " of the API version history is not in the version table [1.0, 1.1]: expected the versions the table"
                + " lists");
    }

    /** A pipe-table header with {@code history} as the lines of its API Version History (from line 7). */
    private static String header(String history) {
        return """
                Product
                Version
                | Version | Status | Supported Until |
                |---|---|---|
                | 1.0 | CURRENT | - |
                API Version History
                """ + history;
    }

    private static void assertTheExample(Map<String, History> history) {
        assertThat(history.keySet()).containsExactly("1.0", "1.1");
        assertThat(history.get("1.1").summary()).isEqualTo("Adds product categories");
        assertThat(history.get("1.1").changes()).containsExactly(NEW_CATEGORIES, CHANGED_SHOW);
        assertThat(history.get("1.0").summary()).isEqualTo("Initial API release for Product");
        assertThat(history.get("1.0").changes()).containsExactly(NEW_LIST);
    }

    /** The history of the page's service header: its blocks before the first numbered heading, as DocParser has them. */
    private Map<String, History> read(DocReader reader, String file, String page) {
        SourceDocument document = SourceDocument.of(file, page);
        assertThat(reader.recognizes(document)).as(reader.layout()).isTrue();
        List<Block> header = new ArrayList<>();
        for (Block block : reader.read(document, diagnostics)) {
            if (block instanceof Block.Heading h && h.number() != null) {
                break;
            }
            header.add(block);
        }
        return VersionHistorySection.read(header, file, diagnostics);
    }
}
