package io.scpgen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static Change change(String operation, String oldVersion, String newVersion, String path) {
        return new Change(ChangeKind.FIELD_ADDED, operation, oldVersion, newVersion, path, null, "string",
                "field added: string");
    }

    @Test
    void changesSortServiceFirstThenByPathMethodVersionAndJsonPath() {
        List<Change> expected = List.of(
                change(null, "1.2", "1.2", "versions[1.2]"),
                change("GET /v1/a", "1.9", "1.9", "x"),
                change("GET /v1/a", "1.9", "1.10", "a"),
                change("GET /v1/a", "1.10", "1.10", "a"),
                change("POST /v1/a", "1.0", "1.0", "a"),
                change("DELETE /v1/a/{id}", "1.0", "1.0", "a"),
                change("GET /v1/b", null, "1.0", "a"));
        List<Change> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);

        assertThat(shuffled.stream().sorted(Change.ORDER).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void aChangeNamesItsOperationAndVersionsBeforeItsMessage() {
        assertThat(change("GET /v1/a", "1.1", "1.2", "x").describe()).isEqualTo("GET /v1/a 1.1 -> 1.2: field added: string");
        assertThat(change("GET /v1/a", "1.1", "1.1", "x").describe()).isEqualTo("GET /v1/a 1.1: field added: string");
        assertThat(change("GET /v1/a", "1.1", null, "x").versionLabel()).isEqualTo("1.1");
        assertThat(change(null, null, null, "x").describe()).isEqualTo("service: field added: string");
    }

    @Test
    void everyKindHasAnIdAndASeverity() {
        assertThat(ChangeKind.MODEL_REPLACED_INCOMPATIBLY.id()).isEqualTo("model-replaced-incompatibly");
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(kind.severity()).as(kind.id()).isNotNull();
        }
    }
}
