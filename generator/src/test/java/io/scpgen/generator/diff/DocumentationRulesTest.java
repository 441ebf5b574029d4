package io.scpgen.generator.diff;

import static io.scpgen.generator.diff.TinySpecs.THINGS;
import static io.scpgen.generator.diff.TinySpecs.integer;
import static io.scpgen.generator.diff.TinySpecs.onlyChange;
import static io.scpgen.generator.diff.TinySpecs.query;
import static io.scpgen.generator.diff.TinySpecs.snapshots;
import static io.scpgen.generator.diff.TinySpecs.string;
import static io.scpgen.generator.diff.TinySpecs.things;
import static io.scpgen.generator.diff.TinySpecs.variant;
import static io.scpgen.generator.diff.TinySpecs.withParameters;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.scpgen.generator.spec.Constraints;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentationRulesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static List<Change> limitDefault(JsonNode old, JsonNode now) {
        return snapshots(things(withParameters("1.0", query("limit", integer(), old))),
                things(withParameters("1.0", query("limit", integer(), now))));
    }

    @Test
    void aChangedDescriptionIsInformationWithBothTexts() {
        OperationVariant old = variant("1.0", List.of(), null, List.of());
        OperationVariant now = new OperationVariant("1.0", old.lifecycle(), "Lists the things you own.", List.of(),
                null, List.of(), null, Map.of(), old.source());

        Change change = onlyChange(snapshots(things(old), things(now)));

        assertThat(change.kind()).isEqualTo(ChangeKind.DESCRIPTION_CHANGED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.describe()).isEqualTo(THINGS + " 1.0: description changed");
        assertThat(change.path()).isEqualTo("description");
        assertThat(change.oldValue()).isEqualTo("Lists things.");
        assertThat(change.newValue()).isEqualTo("Lists the things you own.");
    }

    @Test
    void aChangedDefaultIsInformation() {
        Change change = onlyChange(limitDefault(JSON.numberNode(20), JSON.numberNode(50)));

        assertThat(change.kind()).isEqualTo(ChangeKind.DEFAULT_CHANGED);
        assertThat(change.severity()).isEqualTo(ChangeSeverity.INFO);
        assertThat(change.message()).isEqualTo("default 20 -> 50");
    }

    @Test
    void numbersAreComparedByValueAndEmptyValuesCountAsNone() {
        // a spec read back from its file holds 20 as an int and leaves [] out
        assertThat(limitDefault(JSON.numberNode(20), JSON.numberNode(BigInteger.valueOf(20)))).isEmpty();
        assertThat(limitDefault(null, JSON.arrayNode())).isEmpty();
        assertThat(limitDefault(JSON.nullNode(), null)).isEmpty();
    }

    @Test
    void aChangedExampleIsInformation() {
        Field old = new Field("name", true, null, string(), null, JSON.textNode("web-1"), null);
        Field now = new Field("name", true, null, string(), null, JSON.textNode("web-01"), null);

        Change change = onlyChange(FieldRulesTest.inResponse(List.of(old), List.of(now)));

        assertThat(change.kind()).isEqualTo(ChangeKind.EXAMPLE_CHANGED);
        assertThat(change.message()).isEqualTo("example \"web-1\" -> \"web-01\"");
    }

    @Test
    void changedConstraintsAreInformation() {
        Parameter old = new Parameter("query", "name", false, null, string(), null, null,
                new Constraints("^[a-z]+$", 1, 64, null, null));
        Parameter now = new Parameter("query", "name", false, null, string(), null, null,
                new Constraints("^[a-z]+$", 1, 32, null, null));

        Change change = onlyChange(snapshots(things(withParameters("1.0", old)), things(withParameters("1.0", now))));

        assertThat(change.kind()).isEqualTo(ChangeKind.CONSTRAINTS_CHANGED);
        assertThat(change.message()).isEqualTo("constraints pattern ^[a-z]+$, length 1..64 -> pattern ^[a-z]+$,"
                + " length 1..32");
    }

    @Test
    void aChangedResponseExampleIsNamedNotShown() {
        OperationVariant old = variant("1.0", List.of(), null, List.of());
        OperationVariant now = new OperationVariant("1.0", old.lifecycle(), old.description(), List.of(), null,
                List.of(), null, Map.of("200", JSON.objectNode().put("count", 1)), old.source());

        Change change = onlyChange(snapshots(things(old), things(now)));

        assertThat(change.kind()).isEqualTo(ChangeKind.EXAMPLE_CHANGED);
        assertThat(change.path()).isEqualTo("responseExamples.200");
        assertThat(change.message()).isEqualTo("response example for 200 added");
        assertThat(change.oldValue()).isNull();
        assertThat(change.newValue()).isNull();
    }
}
