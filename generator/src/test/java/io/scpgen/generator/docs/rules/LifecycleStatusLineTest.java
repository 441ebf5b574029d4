package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.LifecycleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The status line of a version section, as every layout prints it:
 * <pre>
 * 상태 ACTIVE (CURRENT)          (all five files)
 * 상태 ACTIVE (SUPPORTED)        (pending-images-list-1.3.txt, 1.2)
 * 상태 ACTIVE (DEPRECATED)
 * State ACTIVE (DEPRECATED)      (English pages)
 * 상태 ACTIVE (PLANNED)          (a version documented before its release, services/planned/)
 * State ACTIVE (PLANNED)
 * State
 * ACTIVE (SUPPORTED)
 * </pre>
 * and the dates of the version tables ({@code 1.120260531}, {@code 1.3-}, {@code | 1.2 | 20260831 |}).
 */
class LifecycleStatusLineTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "상태 ACTIVE (CURRENT),       CURRENT",
        "상태 ACTIVE (SUPPORTED),     SUPPORTED",
        "상태 ACTIVE (DEPRECATED),    DEPRECATED",
        "State ACTIVE (DEPRECATED),  DEPRECATED",
        "State ACTIVE (CURRENT),     CURRENT",
        "ACTIVE (CURRENT),           CURRENT",
        "'  상태   ACTIVE(SUPPORTED) ', SUPPORTED",
        "상태 ACTIVE (PLANNED),       PLANNED",
        "State ACTIVE (PLANNED),     PLANNED",
        "State INACTIVE (PLANNED),   PLANNED",
    })
    void readsTheStatusInParentheses(String line, LifecycleStatus status) {
        assertThat(LifecycleStatusLine.parse(line)).contains(status);
    }

    @Test
    void readsTheEnglishLabelAndItsValueOnSeparateLines() {
        assertThat(LifecycleStatusLine.parse("State\nACTIVE (SUPPORTED)")).contains(LifecycleStatus.SUPPORTED);
        assertThat(LifecycleStatusLine.parse("상태\n\nACTIVE (DEPRECATED)")).contains(LifecycleStatus.DEPRECATED);
        assertThat(LifecycleStatusLine.parse("State\nACTIVE (PLANNED)")).contains(LifecycleStatus.PLANNED);
    }

    @Test
    void acceptsALowerCaseStatusWord() {
        assertThat(LifecycleStatusLine.parse("State ACTIVE (current)")).contains(LifecycleStatus.CURRENT);
    }

    @ParameterizedTest(name = "[{0}] is not a status line")
    @ValueSource(strings = {
        "상태",                          // the Korean word alone: a field description in the model tables
        "State",
        "Port State",                  // a field description of the 1.1 reference
        "상태 ACTIVE",                   // no status
        "상태 ACTIVE (RETIRED)",         // not a lifecycle status
        "Status ACTIVE (CURRENT)",     // another label
        "state active (current)",      // the state word is printed in capitals
        "서버 상태 ACTIVE (CURRENT)",      // text before the label
        "",
    })
    void rejectsLinesThatAreNotAStatusStatement(String line) {
        assertThat(LifecycleStatusLine.parse(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "20260531, 2026-05-31",
        "20251231, 2025-12-31",
        "20260831, 2026-08-31",
        "' 20240229 ', 2024-02-29",
    })
    void writesAnEightDigitDateInIsoForm(String cell, String iso) {
        assertThat(LifecycleStatusLine.isoDate(cell)).contains(iso);
    }

    @Test
    void readsADashOrAnEmptyCellAsNoDate() {
        assertThat(LifecycleStatusLine.isoDate("-")).contains("");
        assertThat(LifecycleStatusLine.isoDate(" - ")).contains("");
        assertThat(LifecycleStatusLine.isoDate("")).contains("");
    }

    @ParameterizedTest(name = "[{0}] is not a date")
    @ValueSource(strings = {
        "2026-05-31",   // already ISO: the docs never print it so
        "2026053",      // seven digits
        "202605311",
        "20261331",     // month 13
        "20260500",     // day 0
        "20260532",     // day 32
        "20260231",     // 31 February
        "20250229",     // 29 February of a common year
        "20260431",     // 31 April
        "CURRENT",
    })
    void rejectsCellsThatAreNotADate(String cell) {
        assertThat(LifecycleStatusLine.isoDate(cell)).isEmpty();
    }
}
