package io.scpgen.generator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeSeverity;
import io.scpgen.generator.spec.SpecJson;
import java.util.List;

/**
 * The JSON report: a stable schema ({@link #SCHEMA}) documented in the README. Every field is always present; values
 * that do not apply are {@code null}.
 */
@JsonPropertyOrder({"schema", "service", "comparison", "old", "new", "summary", "changes"})
record JsonReport(String schema, String service, String comparison, @JsonProperty("old") List<String> oldInputs,
                  @JsonProperty("new") List<String> newInputs, Summary summary, List<Change> changes) {

    /** Its number goes up only for a change that would break a consumer of the JSON. */
    static final String SCHEMA = "scpgen-diff/1";

    @JsonPropertyOrder({"breaking", "warning", "info", "total"})
    record Summary(long breaking, long warning, long info, long total) {
    }

    static String render(DiffReport report) {
        Summary summary = new Summary(report.count(ChangeSeverity.BREAKING), report.count(ChangeSeverity.WARNING),
                report.count(ChangeSeverity.INFO), report.changes().size());
        return SpecJson.write(new JsonReport(SCHEMA, report.service(), report.comparison().id(), report.oldInputs(),
                report.newInputs(), summary, report.changes()));
    }
}
