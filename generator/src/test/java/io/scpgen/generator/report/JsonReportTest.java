package io.scpgen.generator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static JsonNode render(DiffReport report) throws Exception {
        return new ObjectMapper().readTree(Reports.render(report, ReportFormat.JSON, null));
    }

    @Test
    void theDocumentedSchemaInItsFixedOrder() throws Exception {
        JsonNode json = render(SampleReports.mixed());

        assertThat(names(json)).containsExactly("schema", "service", "comparison", "old", "new", "summary", "groups",
                "changes");
        assertThat(json.get("schema").asText()).isEqualTo("scpgen-diff/1");
        assertThat(json.get("comparison").asText()).isEqualTo("snapshots");
        assertThat(json.get("new").toString()).isEqualTo("[\"a.txt\",\"b.txt\"]");
        assertThat(json.get("summary").toString()).isEqualTo("{\"breaking\":1,\"warning\":1,\"info\":2,\"total\":4}");
    }

    @Test
    void everyChangeHasEveryFieldNullWhenItDoesNotApply() throws Exception {
        JsonNode first = render(SampleReports.mixed()).get("changes").get(0);

        assertThat(names(first)).containsExactly("severity", "kind", "operation", "oldVersion", "newVersion", "path",
                "oldValue", "newValue", "message");
        assertThat(first.get("severity").asText()).isEqualTo("INFO");
        assertThat(first.get("kind").asText()).isEqualTo("api-version-added");
        assertThat(first.get("operation").isNull()).isTrue();
        assertThat(first.get("oldVersion").isNull()).isTrue();
    }

    @Test
    void groupsListTheOperationsOfChangesTheSameApartFromTheirOperationInTheSummarysOrder() throws Exception {
        JsonNode json = render(SampleReports.grouped());

        JsonNode groups = json.get("groups");
        assertThat(groups).hasSize(3);
        assertThat(names(groups.get(0))).containsExactly("priority", "severity", "kind", "oldVersion", "newVersion",
                "path", "oldValue", "newValue", "message", "count", "operations");
        assertThat(groups.findValuesAsText("priority")).containsExactly("shape", "other", "lifecycle");
        JsonNode deprecated = groups.get(2);
        assertThat(deprecated.get("kind").asText()).isEqualTo("version-deprecated");
        assertThat(deprecated.get("message").asText()).isEqualTo("deprecated, supported until 2026-05-31");
        assertThat(deprecated.get("count").asInt()).isEqualTo(3);
        assertThat(deprecated.get("operations").toString())
                .isEqualTo("[\"GET /v1/things\",\"POST /v1/things\",\"DELETE /v1/things/{thing_id}\"]");
        assertThat(groups.get(1).get("operations").toString()).as("the service as a whole").isEqualTo("[]");
    }

    @Test
    void everyChangeIsStillListedBesideTheGroups() throws Exception {
        JsonNode json = render(SampleReports.grouped());

        assertThat(json.get("changes")).hasSize(5);
        assertThat(json.get("changes").findValuesAsText("kind")).filteredOn("version-deprecated"::equals).hasSize(3);
        assertThat(json.get("summary").get("total").asInt()).isEqualTo(5);
    }

    @Test
    void textIsKeptAsItIsJsonEscapedOnly() throws Exception {
        JsonNode change = render(SampleReports.mixed()).get("changes").get(2);

        assertThat(change.get("newValue").asText()).isEqualTo(SampleReports.TRICKY_DESCRIPTION);
    }

    @Test
    void jsonTakesNoTemplate() {
        assertThatThrownBy(() -> Reports.render(SampleReports.mixed(), ReportFormat.JSON, Path.of("x.mustache")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
