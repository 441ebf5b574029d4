package io.scpgen.generator.spec.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pending-images-list-1.3.txt answers 1.2 and 1.3 with a model named for its version:
 * <pre>
 * | 200 | OK | ImageListResponseV1Dot2 |     (1.3, 1.2)
 * | 200 | OK | ImageListResponse |           (1.1, 1.0)
 * </pre>
 */
class VariantNameTest {

    @Test
    void readsTheBaseNameAndVersionOfAVersionedModel() {
        assertThat(VariantName.parse("ImageListResponseV1Dot2")).contains(new VariantName("ImageListResponse", "1.2"));
    }

    @Test
    void readsMultiDigitVersions() {
        assertThat(VariantName.parse("ServerShowResponseV10Dot12"))
                .contains(new VariantName("ServerShowResponse", "10.12"));
    }

    @Test
    void takesOnlyTheLastSuffixAsTheVersion() {
        assertThat(VariantName.parse("FooV1Dot2V1Dot3")).contains(new VariantName("FooV1Dot2", "1.3"));
    }

    @ParameterizedTest(name = "[{0}] has no version suffix")
    @ValueSource(strings = {
        "ImageListResponse",
        "V1Dot2",                      // a suffix without a base
        "ImageListResponseV1",         // no Dot
        "ImageListResponseV1Dot",      // no minor
        "ImageListResponseV1Dot2Item", // the suffix is not at the end
        "ImageListResponsev1dot2",     // lower case
        "ImageListResponseV1.2",
        "",
    })
    void findsNoVariantInOtherNames(String name) {
        assertThat(VariantName.parse(name)).isEmpty();
    }

    @Test
    void namesAnotherModelForTheSameVersion() {
        VariantName variant = VariantName.parse("ImageListResponseV1Dot2").orElseThrow();
        assertThat(variant.applyTo("ImageShowResponse")).isEqualTo("ImageShowResponseV1Dot2");
        assertThat(new VariantName("X", "10.12").applyTo("ImageShowResponse")).isEqualTo("ImageShowResponseV10Dot12");
    }

    @Test
    void roundTripsThroughApplyAndParse() {
        VariantName variant = new VariantName("ImageListResponse", "1.3");
        assertThat(VariantName.parse(variant.applyTo(variant.base()))).contains(variant);
    }
}
