package io.scpgen.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.diff.ChangeKind;
import io.scpgen.generator.diff.ChangeSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PriorityTest {

    @ParameterizedTest
    @EnumSource(ChangeKind.class)
    void aKindComesFirstExactlyWhenItBreaksAClient(ChangeKind kind) {
        assertThat(Priority.of(kind) == Priority.BREAKING).isEqualTo(kind.severity() == ChangeSeverity.BREAKING);
    }

    @Test
    void shapeChangesComeBeforeTheRestAndLifecycleNotesLast() {
        assertThat(Priority.of(ChangeKind.MODEL_REPLACED)).isEqualTo(Priority.SHAPE);
        assertThat(Priority.of(ChangeKind.FIELD_ADDED)).isEqualTo(Priority.SHAPE);
        assertThat(Priority.of(ChangeKind.PARAMETER_ADDED)).isEqualTo(Priority.SHAPE);
        assertThat(Priority.of(ChangeKind.ENUM_VALUE_ADDED)).isEqualTo(Priority.SHAPE);
        assertThat(Priority.of(ChangeKind.OPERATION_VERSION_ADDED)).isEqualTo(Priority.OTHER);
        assertThat(Priority.of(ChangeKind.VERSION_PARTIALLY_DOCUMENTED)).isEqualTo(Priority.OTHER);
        assertThat(Priority.of(ChangeKind.EXAMPLE_CHANGED)).isEqualTo(Priority.OTHER);
        assertThat(Priority.of(ChangeKind.HISTORY_CHANGE_NOT_FOUND)).isEqualTo(Priority.OTHER);
        assertThat(Priority.of(ChangeKind.VERSION_DEPRECATED)).isEqualTo(Priority.LIFECYCLE);
        assertThat(Priority.of(ChangeKind.SUPPORTED_UNTIL_EARLIER)).isEqualTo(Priority.LIFECYCLE);
        assertThat(Priority.of(ChangeKind.LIFECYCLE_CHANGED)).isEqualTo(Priority.LIFECYCLE);
    }
}
