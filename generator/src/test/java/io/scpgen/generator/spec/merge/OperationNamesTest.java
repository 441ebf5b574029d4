package io.scpgen.generator.spec.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Operation ids and groups from the section titles and paths of virtualserver-api-reference-print-1.1.txt:
 * <pre>
 * 1.1 - Accept a volume transfer
 * 1.44 - Get region's maximum partition size.
 * 1.54 - List Images
 * 1.57 - List pending Images
 * 1.73 - Show a snapshot’s details
 * 1.78 - Show default Volume type’s details
 * </pre>
 */
class OperationNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "List Images                                          | listImages",
        "List pending Images                                  | listPendingImages",
        "Show a snapshot’s details                            | showASnapshotsDetails",
        "Get region's maximum partition size.                 | getRegionsMaximumPartitionSize",
        "Accept a volume transfer                             | acceptAVolumeTransfer",
        "Show default Volume type’s details                   | showDefaultVolumeTypesDetails",
        "Attach Virtual Server Security Group                 | attachVirtualServerSecurityGroup",
        "List Image members                                   | listImageMembers",
    })
    void makesALowerCamelIdFromTheTitlesOfTheDocs(String title, String id) {
        assertThat(OperationNames.idFromTitle(title)).isEqualTo(id);
    }

    @Test
    void dropsApostrophesOfEveryKindInsteadOfSplittingTheWord() {
        assertThat(OperationNames.idFromTitle("Show a snapshot's details")).isEqualTo("showASnapshotsDetails");
        assertThat(OperationNames.idFromTitle("Show a snapshot`s details")).isEqualTo("showASnapshotsDetails");
        assertThat(OperationNames.idFromTitle("Show a snapshot’s details"))
                .isEqualTo(OperationNames.idFromTitle("Show a snapshot's details"));
    }

    @Test
    void splitsAtHyphensAndLowersAcronyms() {
        assertThat(OperationNames.idFromTitle("Create an Auto-Scaling Group")).isEqualTo("createAnAutoScalingGroup");
        assertThat(OperationNames.idFromTitle("Show LB server group")).isEqualTo("showLbServerGroup");
        assertThat(OperationNames.idFromTitle("  (Beta) List  Images!  ")).isEqualTo("betaListImages");
    }

    @Test
    void foldsAccentsAndKeepsDigits() {
        assertThat(OperationNames.idFromTitle("Résumé of K8s nodes")).isEqualTo("resumeOfK8sNodes");
    }

    @Test
    void fallsBackToAGenericIdWhenTheTitleHasNoLatinWord() {
        assertThat(OperationNames.idFromTitle("이미지 목록 조회")).isEqualTo("operation");
        assertThat(OperationNames.idFromTitle("")).isEqualTo("operation");
    }

    @Test
    void givesTheSameIdWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(OperationNames.idFromTitle("LIST IMAGES")).isEqualTo("listImages");
            assertThat(OperationNames.idFromMethodAndPath("GET", "/v1/IMAGES/{IMAGE_ID}"))
                    .isEqualTo("getImagesByImageId");
            assertThat(OperationNames.groupFromPath("/v1/INSTANCES")).isEqualTo("instances");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "get,    /v1/pending-images,                  getPendingImages",
        "GET,    /v1/images/{image_id}/members,       getImagesByImageIdMembers",
        "post,   /v1/images/{image_id}/import,        postImagesByImageIdImport",
        "post,   /v1/volume-transfer/{transfer_id}/accept, postVolumeTransferByTransferIdAccept",
        "delete, /v1/auto-scaling-groups/{auto_scaling_group_id}, deleteAutoScalingGroupsByAutoScalingGroupId",
    })
    void makesAnIdFromMethodAndPathWhenThePageHasNoTitle(String method, String path, String id) {
        assertThat(OperationNames.idFromMethodAndPath(method, path)).isEqualTo(id);
    }

    @Test
    void keepsAPathWithoutAVersionSegmentWhole() {
        assertThat(OperationNames.idFromMethodAndPath("get", "/images")).isEqualTo("getImages");
        assertThat(OperationNames.idFromMethodAndPath("get", "/v1.1/images")).isEqualTo("getImages");
        assertThat(OperationNames.idFromMethodAndPath("get", "/")).isEqualTo("get");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/v1/auto-scaling-groups/{id},               autoScalingGroups",
        "/v1/pending-images,                         pendingImages",
        "/v1/images/{image_id}/members,              images",
        "/v1/images/{image_id}/import,               images",
        "/v1/volume-transfer/{transfer_id}/accept,   volumeTransfer",
        "/v1/servers,                                servers",
        "servers/{server_id},                        servers",
    })
    void groupsByTheFirstPathSegmentAfterTheVersion(String path, String group) {
        assertThat(OperationNames.groupFromPath(path)).isEqualTo(group);
    }

    @Test
    void groupsAPathWithNoResourceAsDefault() {
        assertThat(OperationNames.groupFromPath("/v1")).isEqualTo("default");
        assertThat(OperationNames.groupFromPath("/")).isEqualTo("default");
        assertThat(OperationNames.groupFromPath("")).isEqualTo("default");
    }

    @Test
    void aTakenIdIsReplacedByTheMethodAndPathThenNumbered() {
        Set<String> taken = new HashSet<>();

        assertThat(OperationNames.uniqueId("listImages", "GET", "/v1/images", taken)).isEqualTo("listImages");
        assertThat(OperationNames.uniqueId("listImages", "GET", "/v1/images", taken)).isEqualTo("getImages");
        assertThat(OperationNames.uniqueId("listImages", "GET", "/v1/images", taken)).isEqualTo("getImages2");
        assertThat(OperationNames.uniqueId("getImages", "GET", "/v1/images", taken)).isEqualTo("getImages3");
        assertThat(taken).containsExactlyInAnyOrder("listImages", "getImages", "getImages2", "getImages3");
    }

    @Test
    void aTitleOf10000CharactersGivesABoundedIdStillUnique() {
        String title = "List " + "very ".repeat(2000) + "long";
        String id = OperationNames.idFromTitle(title);

        assertThat(id).hasSize(64).startsWith("listVeryVery").matches("\\w+_[0-9a-f]{8}");
        assertThat(OperationNames.idFromTitle(title + " things")).hasSize(64).isNotEqualTo(id);
        assertThat(OperationNames.idFromTitle(title)).isEqualTo(id);
    }

    @Test
    void aLongPathGivesABoundedIdAndGroup() {
        String segment = "a".repeat(10_000);

        assertThat(OperationNames.idFromMethodAndPath("get", "/v1/" + segment)).hasSize(64).startsWith("getAaaa");
        assertThat(OperationNames.groupFromPath("/v1/" + segment)).hasSize(64).startsWith("aaaa");
        Set<String> taken = new HashSet<>();
        List<String> ids = List.of(
                OperationNames.uniqueId("x", "get", "/v1/" + segment, taken),
                OperationNames.uniqueId("x", "get", "/v1/" + segment, taken),
                OperationNames.uniqueId("x", "get", "/v1/" + segment, taken));
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id.length()).isLessThanOrEqualTo(64));
    }
}
