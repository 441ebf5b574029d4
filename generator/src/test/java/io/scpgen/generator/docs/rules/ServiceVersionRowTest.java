package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.ServiceVersionRow.Cells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service header of virtualserver-api-reference-print-1.1.txt:
 * <pre>
 * Version
 *
 * VersionStatusSupported Until
 * 1.0DEPRECATED20251231
 * 1.1CURRENT-
 * </pre>
 * and a version documented before its release (services/planned/cloudfunctions-print.txt):
 * <pre>
 * 버전상태최소 지원 보장일
 * 1.0CURRENT-
 * 1.1PLANNED-
 * </pre>
 */
class ServiceVersionRowTest {

    @ParameterizedTest(name = "{0} -> {1} | {2} | {3}")
    @CsvSource({
        "1.0DEPRECATED20251231, 1.0, DEPRECATED, 20251231",
        "1.1CURRENT-,           1.1, CURRENT,    -",
        "1.2SUPPORTED20260831,  1.2, SUPPORTED,  20260831",
        "'  1.3CURRENT-  ',     1.3, CURRENT,    -",
        "1.1PLANNED-,           1.1, PLANNED,    -",
    })
    void splitsVersionStatusAndDate(String line, String version, String status, String date) {
        assertThat(ServiceVersionRow.split(line)).contains(new Cells(version, status, date));
    }

    /** The newer English header: {@code VersionStatusNot BeforeSupported Until}. */
    @ParameterizedTest(name = "{0} -> {1} | {2} | {3} | {4}")
    @CsvSource({
        "1.1CURRENT20250601-,          1.1, CURRENT,    20250601, -",
        "1.0SUPPORTED2025010120261231, 1.0, SUPPORTED,  20250101, 20261231",
    })
    void splitsANotBeforeAndASupportedUntilDate(String line, String version, String status, String notBefore,
                                                String until) {
        assertThat(ServiceVersionRow.split(line)).contains(new Cells(version, status, notBefore, until));
        assertThat(ServiceVersionRow.split(line).orElseThrow().cells()).hasSize(4);
    }

    @ParameterizedTest(name = "[{0}] is not a service version row")
    @ValueSource(strings = {
        "VersionStatusSupported Until",  // the header
        "1.1ACTIVE-",                    // ACTIVE is a state, not a lifecycle status
        "1.1current-",                   // statuses are printed in capitals
        "1.1planned-",
        "1.1CURRENT",                    // the date cell is missing
        "1.1-",                          // an endpoint version row
        "1.0DEPRECATED2025123",          // a seven-digit date
        "1.0DEPRECATED20251231202612",   // a second date cut short
        "",
    })
    void rejectsLinesThatAreNotAServiceVersionRow(String line) {
        assertThat(ServiceVersionRow.split(line)).isEmpty();
    }
}
