package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.VersionLifecycleRow.Cells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoint version table of the flattened layouts (virtualserver-api-reference-print-1.1.txt and
 * cli-image-member-list-1.3.txt), under a Korean or an English header:
 * <pre>
 * 버전최소 지원 보장일
 * 1.1-
 *
 * 버전최소 지원 보장일
 * 1.020251231
 *
 * VersionNot Before
 * 1.120260531
 * </pre>
 */
class VersionLifecycleRowTest {

    @ParameterizedTest(name = "{0} -> {1} | {2}")
    @CsvSource({
        "1.1-,          1.1,  -",
        "1.020251231,   1.0,  20251231",
        "1.120260531,   1.1,  20260531",
        "1.220260831,   1.2,  20260831",
        "1.3-,          1.3,  -",
    })
    void splitsTheVersionFromItsSupportedUntilDate(String line, String version, String date) {
        assertThat(VersionLifecycleRow.split(line)).contains(new Cells(version, date));
    }

    @ParameterizedTest(name = "{0} -> {1} | {2}")
    @CsvSource({
        "1.1020260531, 1.10, 20260531",
        "2.10-,        2.10, -",
        "' 1.3- ',     1.3,  -",
    })
    void takesTheDateAsTheLastEightDigitsSoMultiDigitMinorsSurvive(String line, String version, String date) {
        assertThat(VersionLifecycleRow.split(line)).contains(new Cells(version, date));
    }

    @ParameterizedTest(name = "[{0}] is not a version row")
    @ValueSource(strings = {
        "버전최소 지원 보장일",      // the header
        "VersionNot Before",
        "1.1",                   // no date and no dash
        "1.12026053",            // seven digits: no date
        "1.1 -",                 // not run together
        "1.1CURRENT-",           // a service version row, not an endpoint one
        "1-",                    // not major.minor
        "",
    })
    void rejectsLinesThatAreNotAVersionAndADate(String line) {
        assertThat(VersionLifecycleRow.split(line)).isEmpty();
    }
}
