package io.scpgen.scp.virtualserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.runtime.ScpJson;
import io.scpgen.scp.virtualserver.model.ImageListResponse;
import io.scpgen.scp.virtualserver.model.ImageListResponseV1Dot2;
import io.scpgen.scp.virtualserver.model.ImageShowResponseV1Dot2;
import org.junit.jupiter.api.Test;

/** The 1.1 and 1.3 shapes of the pending-images answer, through the clients of those versions. */
@SuppressWarnings("deprecation") // the 1.1 client is deprecated, which is part of what is checked here
class VersionVariantsTest {

    private static final String PENDING = "{\"images\": [{\"id\": \"70a599e0\", \"name\": \"imagename\","
            + " \"scp_gpu_driver\": \"535.183.06\"}]}";

    @Test
    void version11AnswersImageListResponseAndVersion13ItsV1Dot2Variant() throws Exception {
        try (MockedSdk mock = new MockedSdk();
             var v11 = io.scpgen.scp.virtualserver.v1_1.VirtualServerClient.create(mock.configuration());
             var v13 = io.scpgen.scp.virtualserver.v1_3.VirtualServerClient.create(mock.configuration())) {
            mock.answer("GET", "/v1/pending-images", "1.1", PENDING);
            mock.answer("GET", "/v1/pending-images", "1.3", PENDING);

            ImageListResponse old = v11.pendingImages().listPendingImages(
                    io.scpgen.scp.virtualserver.request.ListPendingImagesRequest.builder().build());
            ImageListResponseV1Dot2 current = v13.pendingImages().listPendingImages(
                    io.scpgen.scp.virtualserver.request.ListPendingImagesRequest.builder().build());

            assertThat(old.images().get(0).id()).isEqualTo("70a599e0");
            assertThat(ScpJson.mapper().valueToTree(old).toString()).doesNotContain("scp_gpu_driver");
            ImageShowResponseV1Dot2 image = current.images().get(0);
            assertThat(image.scpGpuDriver()).isEqualTo("535.183.06");
            assertThat(ScpJson.mapper().readTree(ScpJson.mapper().writeValueAsString(current)))
                    .isEqualTo(ScpJson.mapper().readTree(PENDING));
        }
    }

    @Test
    void aVariantRoundTripsThroughItsBuilder() {
        ImageListResponseV1Dot2 built = ImageListResponseV1Dot2.builder()
                .images(java.util.List.of(ImageShowResponseV1Dot2.builder().id("i").name("n").scpGpuDriver("1")
                        .checksum("c").containerFormat("bare").createdAt("2025-07-22T09:00:00Z").diskFormat("qcow2").file("f").minDisk(1L).minRam(0L)
                        .osHidden(false).owner("o").protectedValue(false).size(1L).status("active")
                        .updatedAt("2025-07-26T12:00:00Z").visibility("private").build()))
                .build();

        assertThat(built.toBuilder().build()).isEqualTo(built);
    }
}
