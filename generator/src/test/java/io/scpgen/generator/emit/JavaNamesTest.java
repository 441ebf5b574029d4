package io.scpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
