package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows of the flattened multi-line tables of virtualserver-api-reference-print-1.1.txt start with a name line and
 * {@code required} / {@code optional} alone on the next line:
 * <pre>
 * queryscp_image_type
 * optional
 * 이미지 타입
 * Example : custom
 * any of [string, null]None
 * queryscp_original_image_type
 * optional
 * 원본 이미지 타입
 * Example : standard
 * any of [string, null]None
 * </pre>
 */
class RequiredMarkerTest {

    /** Lines 7450-7460 of the 1.1 reference (List Images), as the flattened table prints them. */
    private static final List<String> PARAMETER_ROWS = List.of(
            "queryscp_image_type",
            "optional",
            "이미지 타입",
            "Example : custom",
            "any of [string, null]None",
            "queryscp_original_image_type",
            "optional",
            "원본 이미지 타입",
            "Example : standard",
            "any of [string, null]None");

    /** Model AutoScalingGroupScheduleCreateRequest: the first field has a blank description line. */
    private static final List<String> MODEL_ROWS = List.of(
            "day_of_month",
            "optional",
            "",
            "Example : -1,1",
            "any of [string, null]",
            "description",
            "optional",
            "설명",
            "Example : description",
            "any of [string, null]",
            "frequency",
            "required",
            "빈도",
            "Example : WEEKLY",
            "enum (ONCE, DAILY, WEEKLY, MONTHLY)");

    @ParameterizedTest(name = "[{0}] is a marker")
    @ValueSource(strings = {"required", "optional", "  required  ", "optional\t"})
    void recognizesTheTwoMarkerWords(String line) {
        assertThat(RequiredMarker.isMarker(line)).isTrue();
    }

    @ParameterizedTest(name = "[{0}] is not a marker")
    @ValueSource(strings = {"Required", "OPTIONAL", "required optional", "scp_image_type optional", "not required",
        "", "상태"})
    void rejectsAnythingButTheBareLowerCaseWord(String line) {
        assertThat(RequiredMarker.isMarker(line)).isFalse();
    }

    @Test
    void startsARowAtEachNameLineFollowedByItsMarker() {
        assertThat(rowStarts(PARAMETER_ROWS)).containsExactly(0, 5);
    }

    @Test
    void startsARowAtAFieldNamedDescriptionAndAfterABlankDescription() {
        assertThat(rowStarts(MODEL_ROWS)).containsExactly(0, 5, 10);
    }

    @Test
    void doesNotStartARowAtTheMarkerItselfOrAtABlankLine() {
        List<String> lines = List.of("", "required", "optional", "name", "required");
        assertThat(RequiredMarker.startsRow(lines, 0)).as("blank line before a marker").isFalse();
        assertThat(RequiredMarker.startsRow(lines, 1)).as("a marker followed by a marker").isFalse();
        assertThat(RequiredMarker.startsRow(lines, 3)).isTrue();
    }

    @Test
    void doesNotStartARowOnTheLastLine() {
        List<String> lines = List.of("querylimit");
        assertThat(RequiredMarker.startsRow(lines, 0)).isFalse();
        assertThat(RequiredMarker.startsRow(List.of("querylimit", "optional"), 1)).isFalse();
    }

    private static List<Integer> rowStarts(List<String> lines) {
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> RequiredMarker.startsRow(lines, i)).boxed().toList();
    }
}
