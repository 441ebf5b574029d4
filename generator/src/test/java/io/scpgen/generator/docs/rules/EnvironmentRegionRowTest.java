package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.EnvironmentRegionRow.Cells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The environment and region list of virtualserver-api-reference-print-1.1.txt:
 * <pre>
 * environmentregion
 * skr-west1
 * skr-east1
 * gkr-south1
 * gkr-south2
 * gkr-south3
 * ekr-west1
 * ekr-east1
 * </pre>
 */
class EnvironmentRegionRowTest {

    @ParameterizedTest(name = "{0} -> {1} | {2}")
    @CsvSource({
        "skr-west1,  s, kr-west1",
        "skr-east1,  s, kr-east1",
        "gkr-south1, g, kr-south1",
        "gkr-south2, g, kr-south2",
        "gkr-south3, g, kr-south3",
        "ekr-west1,  e, kr-west1",
        "ekr-east1,  e, kr-east1",
    })
    void splitsEveryRowOfTheDocsList(String line, String environment, String region) {
        assertThat(EnvironmentRegionRow.split(line)).contains(new Cells(environment, region));
    }

    @ParameterizedTest(name = "{0} -> {1} | {2}")
    @CsvSource({
        "devkr-west1, dev, kr-west1",
        "s1us-east12, s1,  us-east12",
        "' gkr-south2 ', g, kr-south2",
    })
    void findsWhereALongerEnvironmentNameEndsByTheRegionShape(String line, String environment, String region) {
        assertThat(EnvironmentRegionRow.split(line)).contains(new Cells(environment, region));
    }

    @ParameterizedTest(name = "[{0}] is not an environment and region row")
    @ValueSource(strings = {
        "environmentregion",   // the header
        "kr-west1",            // a region without an environment
        "skr-west",            // a region without its number
        "s kr-west1",          // not run together
        "Skr-west1",           // environments are lower case
        "skr-west1a",
        "",
    })
    void rejectsLinesWithoutAnEnvironmentAndARegion(String line) {
        assertThat(EnvironmentRegionRow.split(line)).isEmpty();
    }
}
