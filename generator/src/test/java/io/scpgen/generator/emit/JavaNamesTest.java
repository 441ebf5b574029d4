package io.scpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
        "scp_gpu_driver, scpGpuDriver",
        "class, classValue",
        "default, defaultValue",
        "public, publicValue",
        "record, recordValue",
        "content-type, contentType",
        "2fa, v2fa",
        "id, id",
        "'', value",
    })
    void lowerCamelMakesLegalReadableNames(String json, String java) {
        assertThat(JavaNames.lowerCamel(json)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({"auto-scaling-groups, AutoScalingGroups", "volume_type, VolumeType", "3d, V3d"})
    void upperCamelNamesTypes(String name, String java) {
        assertThat(JavaNames.upperCamel(name)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({"public, PUBLIC", "created_at:desc, CREATED_AT_DESC", "SCALE_OUT, SCALE_OUT", "k8sGpuVm, K8S_GPU_VM",
        "1.3, V1_3"})
    void constantsAreUpperSnakeCase(String value, String constant) {
        assertThat(JavaNames.constant(value)).isEqualTo(constant);
    }

    @Test
    void membersNeverCollideWithEachOtherOrWithReservedNames() {
        List<String> names = JavaNames.uniqueMembers(List.of("foo_bar", "fooBar", "foo-bar", "builder", "class"),
                Set.of("builder"));

        assertThat(names).containsExactly("fooBar", "fooBarValue", "fooBarValue2", "builderValue", "classValue");
    }

    @Test
    void theSameJsonNameTwiceGivesTwoMembers() {
        assertThat(JavaNames.uniqueMembers(List.of("x", "x", "body"), Set.of())).containsExactly("x", "xValue", "body");
    }

    @Test
    void versionsBecomePackageSegments() {
        assertThat(JavaNames.versionPackage("1.3")).isEqualTo("v1_3");
    }

    private static final String TITLE = "A" + "a".repeat(9999);

    @Test
    void aTitleOf10000CharactersGivesNamesOf64() {
        assertThat(JavaNames.upperCamel(TITLE)).isEqualTo("A" + "a".repeat(54) + "_b9e6a74a");
        assertThat(JavaNames.lowerCamel(TITLE)).hasSize(64).startsWith("aaaa").matches(".*_[0-9a-f]{8}");
        assertThat(JavaNames.constant(TITLE)).hasSize(64).startsWith("AAAA").matches(".*_[0-9A-F]{8}");
        assertThat(JavaNames.modelClass("B" + "b".repeat(9999))).hasSize(64).startsWith("Bbbb");
        assertThat(JavaNames.versionPackage("1." + "0".repeat(9999))).hasSize(64).startsWith("v1_000");
    }

    @Test
    void longNamesThatDifferOnlyAtTheirEndStayApart() {
        assertThat(JavaNames.upperCamel(TITLE + " list")).isNotEqualTo(JavaNames.upperCamel(TITLE + " show"));
        assertThat(JavaNames.constant(TITLE + "_1")).isNotEqualTo(JavaNames.constant(TITLE + "_2"));
    }

    @Test
    void aTakenLongNameGetsAnotherBoundedName() {
        Set<String> taken = new HashSet<>();
        String first = JavaNames.unique(JavaNames.lowerCamel(TITLE), taken);
        String second = JavaNames.unique(JavaNames.lowerCamel(TITLE), taken);
        String third = JavaNames.unique(JavaNames.lowerCamel(TITLE), taken);

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).hasSize(64));
    }

    @Test
    void givesTheSameNamesWhateverTheDefaultLocale() {
        String title = "List images in the " + "i".repeat(100) + " region";
        List<String> inRoot = List.of(JavaNames.constant(title), JavaNames.upperCamel(title), JavaNames.lowerCamel(title));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(List.of(JavaNames.constant(title), JavaNames.upperCamel(title), JavaNames.lowerCamel(title)))
                    .isEqualTo(inRoot);
            assertThat(JavaNames.constant(title)).startsWith("LIST_IMAGES_IN_THE_III").matches("[A-Z0-9_]+");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
