package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.NameRequiredCell.NameAndRequired;
import org.junit.jupiter.api.Test;

/**
 * The Name cell as the pipe pages (pending-images-list-1.3.txt, image-import-1.3.txt) and the flattened reader give
 * it:
 * <pre>
 * | query | scp_image_type optional | 이미지 타입 Example : custom | any of [string, null] | None |
 * | path | image_id required | 이미지 ID Example : 70a599e0-31e7-49b7-b260-868f441e862b | string | None |
 * | body | body required | ImageImportRequest |
 *
 * image_id
 * required
 * </pre>
 */
class NameRequiredCellTest {

    @Test
    void readsAnOptionalNameFromAPipeCell() {
        assertThat(NameRequiredCell.split("scp_image_type optional"))
                .isEqualTo(new NameAndRequired("scp_image_type", false, true));
    }

    @Test
    void readsARequiredNameFromAPipeCell() {
        assertThat(NameRequiredCell.split("image_id required")).isEqualTo(new NameAndRequired("image_id", true, true));
        assertThat(NameRequiredCell.split("body required")).isEqualTo(new NameAndRequired("body", true, true));
    }

    @Test
    void readsTheNameAndMarkerPrintedUnderEachOther() {
        assertThat(NameRequiredCell.split("image_id\nrequired")).isEqualTo(new NameAndRequired("image_id", true, true));
        assertThat(NameRequiredCell.split("  day_of_month \r\n optional ")).isEqualTo(
                new NameAndRequired("day_of_month", false, true));
    }

    @Test
    void saysTheCellWasNotMarkedWhenNeitherWordIsThere() {
        NameAndRequired name = NameRequiredCell.split(" scp_image_type ");
        assertThat(name).isEqualTo(new NameAndRequired("scp_image_type", false, false));
    }

    @Test
    void doesNotTakeACapitalisedOrEmbeddedWordAsTheMarker() {
        assertThat(NameRequiredCell.split("image_id Required").marked()).isFalse();
        assertThat(NameRequiredCell.split("image_required").marked()).isFalse();
        assertThat(NameRequiredCell.split("required").marked()).as("a marker without a name").isFalse();
    }

    @Test
    void doesNotSplitANameThatHasASpaceInIt() {
        NameAndRequired name = NameRequiredCell.split("image id required");
        assertThat(name.marked()).isFalse();
        assertThat(name.name()).isEqualTo("image id required");
    }
}
