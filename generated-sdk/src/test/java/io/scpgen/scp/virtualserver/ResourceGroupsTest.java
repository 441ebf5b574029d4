package io.scpgen.scp.virtualserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.mock.RecordedRequest;
import io.scpgen.scp.virtualserver.model.ImageShowResponse;
import io.scpgen.scp.virtualserver.request.ListAutoScalingGroupsRequest;
import io.scpgen.scp.virtualserver.request.ListDefaultConfigsRequest;
import io.scpgen.scp.virtualserver.request.ListImagesRequest;
import io.scpgen.scp.virtualserver.request.ListKeypairsRequest;
import io.scpgen.scp.virtualserver.request.ListLaunchConfigurationsRequest;
import io.scpgen.scp.virtualserver.request.ListServerGroupsRequest;
import io.scpgen.scp.virtualserver.request.ListServerTypesRequest;
import io.scpgen.scp.virtualserver.request.ListSnapshotsAndDetailsRequest;
import io.scpgen.scp.virtualserver.request.ListVirtualServersRequest;
import io.scpgen.scp.virtualserver.request.ListVolumeTransfersRequest;
import io.scpgen.scp.virtualserver.request.ListVolumeTypesAndDetailsRequest;
import io.scpgen.scp.virtualserver.request.ListVolumesAndDetailsRequest;
import io.scpgen.scp.virtualserver.request.ShowServerQuotaSetRequest;
import io.scpgen.scp.virtualserver.v1_1.VirtualServerClient;
import io.scpgen.scp.virtualserver.request.ListPendingImagesRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One call per resource group, written by hand against the generated SDK, answered by the mock server. */
@SuppressWarnings("deprecation") // 1.1 is deprecated in the newest docs; its client is still the one with these groups
class ResourceGroupsTest {

    private static MockedSdk mock;
    private static VirtualServerClient client;

    @BeforeAll
    static void start() {
        mock = new MockedSdk();
        client = VirtualServerClient.create(mock.configuration());
    }

    @AfterAll
    static void stop() {
        client.close();
        mock.close();
    }

    @Test
    void autoScalingGroups() {
        mock.answer("GET", "/v1/auto-scaling-groups", "1.1", "{\"count\": 0, \"auto_scaling_groups\": []}");

        assertThat(client.autoScalingGroups().listAutoScalingGroups(ListAutoScalingGroupsRequest.builder()
                .name("web").build()).autoScalingGroups()).isEmpty();
        assertThat(mock.server.lastRequest().queryParameters()).containsEntry("name", List.of("web"));
    }

    @Test
    void defaultConfigs() {
        mock.answer("GET", "/v1/default-configs", "1.1", "{\"configs\": {\"a\": \"b\"}}");

        assertThat(client.defaultConfigs().listDefaultConfigs(ListDefaultConfigsRequest.builder().build()).configs())
                .containsKey("a");
    }

    @Test
    void images() {
        mock.answer("GET", "/v1/images", "1.1", "{\"images\": [{\"id\": \"i-1\", \"name\": \"alma\","
                + " \"visibility\": \"private\"}]}");

        ImageShowResponse image = client.images().listImages(ListImagesRequest.builder().limit(5L).build())
                .images().get(0);

        assertThat(image.id()).isEqualTo("i-1");
        assertThat(image.visibility()).isEqualTo("private");
        RecordedRequest sent = mock.server.lastRequest();
        assertThat(sent.header("Scp-Api-Version")).contains("virtualserver 1.1");
        assertThat(sent.queryParameters()).containsEntry("limit", List.of("5"));
    }

    @Test
    void keypairs() {
        mock.answer("GET", "/v1/keypairs", "1.1", "{\"keypairs\": [{\"name\": \"k1\"}]}");

        assertThat(client.keypairs().listKeypairs(ListKeypairsRequest.builder().build()).keypairs())
                .extracting(k -> k.name()).containsExactly("k1");
    }

    @Test
    void launchConfigurations() {
        mock.answer("GET", "/v1/launch-configurations", "1.1", "{\"count\": 1, \"launch_configurations\": []}");

        assertThat(client.launchConfigurations().listLaunchConfigurations(
                ListLaunchConfigurationsRequest.builder().build()).count()).isEqualTo(1L);
    }

    @Test
    void pendingImages() {
        try (var client13 = io.scpgen.scp.virtualserver.v1_3.VirtualServerClient.create(mock.configuration())) {
            mock.answer("GET", "/v1/pending-images", "1.3", "{\"images\": []}");

            assertThat(client13.pendingImages().listPendingImages(ListPendingImagesRequest.builder().build()).images())
                    .isEmpty();
        }
    }

    @Test
    void quotaSets() {
        mock.answer("GET", "/v1/quota-sets", "1.1", "{\"quota_set\": null}");

        assertThat(client.quotaSets().showServerQuotaSet(ShowServerQuotaSetRequest.builder().build())).isNotNull();
    }

    @Test
    void serverGroups() {
        mock.answer("GET", "/v1/server-groups", "1.1", "{\"server_groups\": [{\"id\": \"g1\", \"name\": \"group\"}]}");

        assertThat(client.serverGroups().listServerGroups(ListServerGroupsRequest.builder().build()).serverGroups())
                .extracting(g -> g.name()).containsExactly("group");
    }

    @Test
    void serverTypes() {
        mock.answer("GET", "/v1/server-types", "1.1", "{\"server_types\": [{\"id\": \"s1v1m2\", \"vcpus\": 1}]}");

        assertThat(client.serverTypes().listServerTypes(ListServerTypesRequest.builder().build()).serverTypes())
                .extracting(t -> t.vcpus()).containsExactly(1L);
    }

    @Test
    void servers() {
        mock.answer("GET", "/v1/servers", "1.1", "{\"servers\": [{\"id\": \"s-1\", \"name\": \"web-1\"}]}");

        assertThat(client.servers().listVirtualServers(ListVirtualServersRequest.builder().build()).servers())
                .extracting(s -> s.name()).containsExactly("web-1");
    }

    @Test
    void snapshots() {
        mock.answer("GET", "/v1/snapshots", "1.1", "{\"snapshots\": [], \"count\": 0}");

        assertThat(client.snapshots().listSnapshotsAndDetails(ListSnapshotsAndDetailsRequest.builder().build())
                .snapshots()).isEmpty();
    }

    @Test
    void volumeTransfer() {
        mock.answer("GET", "/v1/volume-transfer", "1.1", "{\"transfers\": []}");

        assertThat(client.volumeTransfer().listVolumeTransfers(ListVolumeTransfersRequest.builder().build()))
                .isNotNull();
    }

    @Test
    void volumeTypes() {
        mock.answer("GET", "/v1/volume-types", "1.1", "{\"volume_types\": [{\"id\": \"t1\", \"name\": \"SSD\"}]}");

        assertThat(client.volumeTypes().listVolumeTypesAndDetails(ListVolumeTypesAndDetailsRequest.builder().build())
                .volumeTypes()).extracting(t -> t.name()).containsExactly("SSD");
    }

    @Test
    void volumes() {
        mock.answer("GET", "/v1/volumes", "1.1", "{\"volumes\": [{\"id\": \"v1\", \"size\": 100}]}");

        assertThat(client.volumes().listVolumesAndDetails(ListVolumesAndDetailsRequest.builder().build()).volumes())
                .extracting(v -> v.size()).containsExactly(100L);
    }

    @Test
    void theImagesPaginatorWalksEveryPage() {
        mock.server.stub(io.scpgen.mock.Route.of("GET", "/v1/images").withApiVersion("virtualserver 1.1"),
                io.scpgen.mock.CannedResponse.json(200, "{\"images\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}"));

        List<String> ids = client.images().listImagesPaginator(ListImagesRequest.builder().limit(3L).build())
                .stream().map(ImageShowResponse::id).toList();

        // a page of 2 with a limit of 3 is the last page
        assertThat(ids).containsExactly("a", "b");
        assertThat(mock.server.lastRequest().queryParameters()).containsEntry("limit", List.of("3"))
                .doesNotContainKey("marker");
    }
}
