package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScpObjectsTest {

    @Test
    void everyMissingRequiredPropertyIsNamedInOneMessage() {
        assertThatThrownBy(() -> ScpObjects.requireAll("Thing", "id", null, "name", "n", "kind", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Thing is missing required properties: [id, kind]");
        assertThatCode(() -> ScpObjects.requireAll("Thing", "id", "t-1")).doesNotThrowAnyException();
    }

    @Test
    void toStringListsThePropertiesAndMasksSecrets() {
        assertThat(ScpObjects.toString("Thing", "id", "t-1", "adminPassword", ScpObjects.masked("hunter2"),
                "note", null, "secret", ScpObjects.masked(null)))
                .isEqualTo("Thing{id=t-1, adminPassword=***, note=null, secret=null}");
        assertThat(ScpObjects.toString("Empty")).isEqualTo("Empty{}");
    }
}
