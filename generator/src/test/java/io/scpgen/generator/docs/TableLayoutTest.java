package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table headers of the docs: pipe headers ({@code | 버전 | 최소 지원 보장일 |}) and flattened ones
 * ({@code 버전최소 지원 보장일}, {@code TypeNameDescriptionSchemaDefault}), Korean and English.
 */
class TableLayoutTest {

    private static final List<TableLayout> ALL = List.of(TableLayout.values());

    @Test
    void namesThePipeHeadersOfTheEndpointPages() {
        // pending-images-list-1.3.txt
        assertThat(TableLayout.forHeader(List.of("버전", "최소 지원 보장일"))).contains(TableLayout.VERSION_LIFECYCLE);
        assertThat(TableLayout.forHeader(List.of("Type", "Name", "Description", "Schema", "Default")))
                .contains(TableLayout.PARAMETERS);
        assertThat(TableLayout.forHeader(List.of("HTTP Code", "Description", "Schema")))
                .contains(TableLayout.RESPONSES);
        assertThat(TableLayout.forHeader(List.of("Name", "Description", "Schema", "Default")))
                .contains(TableLayout.MODEL_FIELDS);
    }

    @Test
    void namesTheEnglishVersionTableHeaders() {
        assertThat(TableLayout.forHeader(List.of("Version", "Supported Until"))).contains(TableLayout.VERSION_LIFECYCLE);
        assertThat(TableLayout.forHeader(List.of("Version", "Not Before"))).contains(TableLayout.VERSION_LIFECYCLE);
        assertThat(TableLayout.forHeader(List.of("버전", "Not Before"))).contains(TableLayout.VERSION_LIFECYCLE);
    }

    @Test
    void namesEveryServiceVersionHeaderWithStatusOrStateAndEitherDateLabel() {
        for (String state : List.of("Status", "State")) {
            for (String date : List.of("Supported Until", "Not Before")) {
                assertThat(TableLayout.forHeader(List.of("Version", state, date)))
                        .as("Version | %s | %s", state, date).contains(TableLayout.SERVICE_VERSIONS);
                assertThat(TableLayout.forFlattenedHeader("Version" + state + date, ALL))
                        .as("Version%s%s", state, date).contains(TableLayout.SERVICE_VERSIONS);
            }
        }
        assertThat(TableLayout.forHeader(List.of("버전", "상태", "최소 지원 보장일")))
                .contains(TableLayout.SERVICE_VERSIONS);
    }

    @Test
    void ignoresCaseAndSurroundingSpaceOfHeaderCells() {
        assertThat(TableLayout.forHeader(List.of(" version ", "SUPPORTED UNTIL "))).contains(TableLayout.VERSION_LIFECYCLE);
        assertThat(TableLayout.forHeader(List.of("Environment", "Region"))).contains(TableLayout.ENVIRONMENTS);
    }

    @Test
    void namesTheCommandLineTables() {
        assertThat(TableLayout.forHeader(List.of("Name", "Type", "Description", "Example")))
                .contains(TableLayout.CLI_OPTIONS);
        assertThat(TableLayout.forHeader(List.of("Name", "Description", "Example"))).contains(TableLayout.CLI_FIELDS);
    }

    @Test
    void refusesHeadersOfNoKnownShape() {
        assertThat(TableLayout.forHeader(List.of("Name", "Description"))).isEmpty();
        assertThat(TableLayout.forHeader(List.of("Type", "Name", "Description", "Schema"))).as("a column missing")
                .isEmpty();
        assertThat(TableLayout.forHeader(List.of("Description", "Name", "Schema", "Default"))).as("columns swapped")
                .isEmpty();
        assertThat(TableLayout.forHeader(List.of("버전", "최소 지원 보장일", ""))).as("an extra empty cell").isEmpty();
        assertThat(TableLayout.forHeader(List.of())).isEmpty();
    }

    @Test
    void namesTheFlattenedHeadersOfTheReference() {
        // virtualserver-api-reference-print-1.1.txt
        assertThat(TableLayout.forFlattenedHeader("VersionStatusSupported Until", ALL))
                .contains(TableLayout.SERVICE_VERSIONS);
        assertThat(TableLayout.forFlattenedHeader("environmentregion", ALL)).contains(TableLayout.ENVIRONMENTS);
        assertThat(TableLayout.forFlattenedHeader("버전최소 지원 보장일", ALL)).contains(TableLayout.VERSION_LIFECYCLE);
        assertThat(TableLayout.forFlattenedHeader("TypeNameDescriptionSchemaDefault", ALL))
                .contains(TableLayout.PARAMETERS);
        assertThat(TableLayout.forFlattenedHeader("HTTP CodeDescriptionSchema", ALL)).contains(TableLayout.RESPONSES);
        assertThat(TableLayout.forFlattenedHeader("NameDescriptionSchemaDefault", ALL))
                .contains(TableLayout.MODEL_FIELDS);
    }

    @Test
    void namesTheFlattenedHeadersOfTheCommandLineReference() {
        // cli-image-member-list-1.3.txt
        assertThat(TableLayout.forFlattenedHeader("NameTypeDescriptionExample", ALL)).contains(TableLayout.CLI_OPTIONS);
        assertThat(TableLayout.forFlattenedHeader("NameDescriptionExample", ALL)).contains(TableLayout.CLI_FIELDS);
    }

    @Test
    void namesTheEnglishFlattenedVersionHeaders() {
        assertThat(TableLayout.forFlattenedHeader("VersionNot Before", ALL)).contains(TableLayout.VERSION_LIFECYCLE);
        assertThat(TableLayout.forFlattenedHeader("VersionSupported Until", ALL))
                .contains(TableLayout.VERSION_LIFECYCLE);
        assertThat(TableLayout.forFlattenedHeader("  VersionStateSupported Until ", ALL))
                .contains(TableLayout.SERVICE_VERSIONS);
    }

    @Test
    void looksOnlyAmongTheCandidateLayouts() {
        assertThat(TableLayout.forFlattenedHeader("NameTypeDescriptionExample",
                List.of(TableLayout.PARAMETERS, TableLayout.MODEL_FIELDS))).isEmpty();
        assertThat(TableLayout.forFlattenedHeader("TypeNameDescriptionSchemaDefault",
                List.of(TableLayout.CLI_OPTIONS, TableLayout.CLI_FIELDS, TableLayout.VERSION_LIFECYCLE))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] is not a flattened header")
    @ValueSource(strings = {
        "Version",                 // the section label above the header
        "Port State",
        "Type Name Description Schema Default",   // spaced: not the flattened print
        "버전 최소 지원 보장일",
        "NameDescription",
        "1.1-",
        "",
    })
    void refusesLinesThatAreNotAFlattenedHeader(String line) {
        assertThat(TableLayout.forFlattenedHeader(line, ALL)).isEmpty();
    }

    @Test
    void saysWhichLayoutsHaveMultiLineRows() {
        assertThat(TableLayout.PARAMETERS.multiLineRows()).isTrue();
        assertThat(TableLayout.MODEL_FIELDS.multiLineRows()).isTrue();
        assertThat(TableLayout.CLI_OPTIONS.multiLineRows()).isTrue();
        assertThat(TableLayout.RESPONSES.multiLineRows()).isFalse();
        assertThat(TableLayout.VERSION_LIFECYCLE.multiLineRows()).isFalse();
        assertThat(TableLayout.CLI_FIELDS.multiLineRows()).isFalse();
    }

    @Test
    void givesTheColumnsOfTheFirstHeaderVariant() {
        assertThat(TableLayout.PARAMETERS.columns()).containsExactly("Type", "Name", "Description", "Schema", "Default");
        assertThat(TableLayout.VERSION_LIFECYCLE.columns()).containsExactly("버전", "최소 지원 보장일");
    }
}
