package io.scpgen.generator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeKind;
import io.scpgen.generator.diff.ChangeSeverity;
import io.scpgen.generator.diff.HistoryCheck;
import io.scpgen.generator.spec.SpecJson;
import java.util.List;

/**
 * The JSON report: a stable schema ({@link #SCHEMA}) documented in the README. Every field is always present; values
 * that do not apply are {@code null}. The one optional field, {@code history}, is there only between versions whose
 * docs give an API version history, so reports of other docs are as they were.
 */
@JsonPropertyOrder({"schema", "service", "comparison", "old", "new", "summary", "groups", "changes", "history"})
record JsonReport(String schema, String service, String comparison, @JsonProperty("old") List<String> oldInputs,
                  @JsonProperty("new") List<String> newInputs, Summary summary, List<Group> groups,
                  List<Change> changes, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<History> history) {

    /**
     * Its number goes up only for a change that would break a consumer of the JSON: {@code groups} was added beside
     * {@code changes}, which are all still there, so a consumer of the first version reads this one as before.
     */
    static final String SCHEMA = "scpgen-diff/1";

    @JsonPropertyOrder({"breaking", "warning", "info", "total"})
    record Summary(long breaking, long warning, long info, long total) {
    }

    /**
     * A {@link ChangeGroup}: what its changes share, how many they are and their operations (empty for a change to the
     * service as a whole); groups are in the summary's order, each change of {@code changes} in exactly one.
     */
    @JsonPropertyOrder({"priority", "severity", "kind", "oldVersion", "newVersion", "path", "oldValue", "newValue",
            "message", "count", "operations"})
    record Group(String priority, ChangeSeverity severity, ChangeKind kind, String oldVersion, String newVersion,
                 String path, String oldValue, String newValue, String message, int count, List<String> operations) {

        static Group of(ChangeGroup group) {
            Change shared = group.shared();
            return new Group(group.priority().id(), group.severity(), group.kind(), shared.oldVersion(),
                    shared.newVersion(), shared.path(), shared.oldValue(), shared.newValue(), shared.message(),
                    group.count(), group.operations());
        }
    }

    /** The docs' history of one version; the changes computed for it are those of {@code changes} with its {@code newVersion}. */
    @JsonPropertyOrder({"version", "summary", "stated"})
    record History(String version, String summary, List<Stated> stated) {

        static History of(HistoryCheck.VersionHistory history) {
            return new History(history.version(), history.summary(), history.stated().stream().map(Stated::of).toList());
        }
    }

    /** A stated change: {@code match} is {@code found}, {@code not-found} or {@code not-checked}. */
    @JsonPropertyOrder({"tag", "operation", "text", "match", "note"})
    record Stated(String tag, String operation, String text, String match, String note) {

        static Stated of(HistoryCheck.CheckedChange checked) {
            return new Stated(checked.stated().tag(), checked.operation(), checked.stated().text(),
                    checked.match().id(), checked.note());
        }
    }

    static String render(DiffReport report) {
        Summary summary = new Summary(report.count(ChangeSeverity.BREAKING), report.count(ChangeSeverity.WARNING),
                report.count(ChangeSeverity.INFO), report.changes().size());
        return SpecJson.write(new JsonReport(SCHEMA, report.service(), report.comparison().id(), report.oldInputs(),
                report.newInputs(), summary, report.changeGroups().stream().map(Group::of).toList(), report.changes(),
                report.history().stream().map(History::of).toList()));
    }
}
