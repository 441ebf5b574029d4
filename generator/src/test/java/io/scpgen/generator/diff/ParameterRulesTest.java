package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.THINGS;
import static io.scpgen.generator.diff.TinySpecs.integer;
import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.query;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.string;
import static io.scpgen.generator.diff.TinySpecs.things;
import static io.scpgen.generator.diff.TinySpecs.withParameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.scpgen.generator.spec.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterRulesTest {

    private static List<Change> parameters(List<Parameter> old, List<Parameter> now) {
        return snapshots(things(withParameters("1.0", old.toArray(Parameter[]::new))),
                things(withParameters("1.0", now.toArray(Parameter[]::new))));
    }

    @Test
    void anOptionalParameterAddedIsInformation() {
        Change change = onlyChange(parameters(List.of(), List.of(query("limit", false, integer()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.describe()).isEqualTo(THINGS + " 1.0: optional query parameter limit added");
        assertThat(change.path()).isEqualTo("parameters.query.limit");
        assertThat(change.newValue()).isEqualTo("integer");
    }

    @Test
    void aRequiredParameterAddedBreaks() {
        Change change = onlyChange(parameters(List.of(), List.of(query("zone", true, string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.REQUIRED_PARAMETER_ADDED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void aRemovedParameterBreaks() {
        Change change = onlyChange(parameters(List.of(query("limit", false, integer())), List.of()));

        assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_REMOVED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.message()).isEqualTo("query parameter limit removed");
    }

    @Test
    void anOptionalParameterThatBecomesRequiredBreaks() {
        Change change = onlyChange(parameters(List.of(query("zone", false, string())),
                List.of(query("zone", true, string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_BECAME_REQUIRED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.BREAKING);
        assertThat(change.oldValue()).isEqualTo("optional");
        assertThat(change.newValue()).isEqualTo("required");
    }

    @Test
    void aRequiredParameterThatBecomesOptionalIsInformation() {
        Change change = onlyChange(parameters(List.of(query("zone", true, string())),
                List.of(query("zone", false, string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_BECAME_OPTIONAL);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
    }

    @Test
    void aParameterIsMatchedByWhereItGoesAndItsName() {
        Parameter header = new Parameter("header", "limit", false, null, integer(), null, null, null);

        List<Change> changes = parameters(List.of(query("limit", false, integer())), List.of(header));

        assertThat(changes).extracting(Change::kind, Change::path).containsExactlyInAnyOrder(
                tuple(ChangeKind.PARAMETER_ADDED, "parameters.header.limit"),
                tuple(ChangeKind.PARAMETER_REMOVED, "parameters.query.limit"));
    }

    @Test
    void aParametersTypeIsComparedAsSentByTheClient() {
        Change change = onlyChange(parameters(List.of(query("limit", false, integer())),
                List.of(query("limit", false, string()))));

        assertThat(change.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
        assertThat(change.message()).isEqualTo("type integer -> string");
        assertThat(change.path()).isEqualTo("parameters.query.limit");
    }
}
