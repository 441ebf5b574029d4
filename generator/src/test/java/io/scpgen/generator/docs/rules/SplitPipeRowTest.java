package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.SplitPipeRow.Joined;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parameter table of a newer pipe page, with a row split over two lines:
 * <pre>
 * | Type | Name | Description | Schema | Default |
 * |---|
 * | query | display_name optional | Product Category Name Example : Networking
 * | array[any of [string, null]] | [] |
 * | query | limit optional | Limit | any of [integer, null] | 20 |
 * </pre>
 */
class SplitPipeRowTest {

    private static final List<String> PARAMETERS = List.of(
            "| Type | Name | Description | Schema | Default |",
            "|---|",
            "| query | display_name optional | Product Category Name Example : Networking",
            "| array[any of [string, null]] | [] |",
            "| query | limit optional | Limit | any of [integer, null] | 20 |",
            "Responses");

    @Test
    void joinsTheLinesOfASplitRowUpToTheOneThatEndsWithAPipe() {
        Joined row = SplitPipeRow.at(PARAMETERS, 2, 5, i -> PARAMETERS.get(i).equals("Responses"));

        assertThat(row).isEqualTo(new Joined("| query | display_name optional | Product Category Name Example : Networking"
                + "\n| array[any of [string, null]] | [] |", 4));
    }

    @Test
    void takesARowOnOneLineAsItIs() {
        assertThat(SplitPipeRow.at(PARAMETERS, 4, 5, i -> false))
                .isEqualTo(new Joined("| query | limit optional | Limit | any of [integer, null] | 20 |", 5));
    }

    @Test
    void joinsAContinuationThatDoesNotStartWithAPipe() {
        List<String> lines = List.of(
                "| query | display_name optional | Product Category Name",
                "Example : Networking | array[any of [string, null]] | [] |");

        assertThat(SplitPipeRow.at(lines, 0, 5, i -> false))
                .isEqualTo(new Joined(lines.get(0) + "\n" + lines.get(1), 2));
    }

    @Test
    void neverJoinsAcrossTheEndOfTheTable() {
        List<String> lines = List.of(
                "| query | display_name optional | Product Category Name Example : Networking",
                "",
                "| array[any of [string, null]] | [] |");

        assertThat(SplitPipeRow.at(lines, 0, 5, i -> lines.get(i).isBlank())).isEqualTo(new Joined(lines.get(0), 1));
        assertThat(SplitPipeRow.at(lines.subList(0, 1), 0, 5, i -> false)).as("the page ends")
                .isEqualTo(new Joined(lines.get(0), 1));
    }

    @Test
    void leavesARowThatOnlyLacksItsClosingPipe() {
        // it has the header's cells already, or joining it to the next row would give more cells than the header
        List<String> complete = List.of("| 200 | OK | ImageListResponse", "| 400 | Bad Request | None |");
        List<String> shortThenRow = List.of("| 200 | OK", "| 400 | Bad Request | None |");

        assertThat(SplitPipeRow.at(complete, 0, 3, i -> false)).isEqualTo(new Joined(complete.get(0), 1));
        assertThat(SplitPipeRow.at(shortThenRow, 0, 3, i -> false)).isEqualTo(new Joined(shortThenRow.get(0), 1));
    }

    @Test
    void anEscapedPipeNeitherEndsARowNorSeparatesCells() {
        List<String> lines = List.of("| query | filter optional | a \\| b \\|", "| any of [string, null] | None |");

        assertThat(SplitPipeRow.cells(lines.get(0))).isEqualTo(3);
        assertThat(SplitPipeRow.at(lines, 0, 5, i -> false)).isEqualTo(new Joined(lines.get(0) + "\n" + lines.get(1), 2));
    }
}
