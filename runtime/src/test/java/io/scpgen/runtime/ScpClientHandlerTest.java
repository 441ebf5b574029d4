package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.auth.ScpSigner;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.LoopbackServer.RecordedRequest;
import io.scpgen.runtime.testing.TestModels.CreateImageRequest;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestModels.ImageListResponse;
import io.scpgen.runtime.testing.TestSetup;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScpClientHandlerTest {
    private static final String ONE_IMAGE = "{\"images\":[{\"id\":\"img-1\",\"name\":\"web\","
            + "\"created_at\":\"2024-03-01T09:30:00+09:00\",\"os_distro\":\"ubuntu\"}],\"count\":1}";

    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void sendsTheSigningHeadersAndAValidSignature() {
        server.enqueue(200, ONE_IMAGE);

        setup.handler().execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", ImageListResponse.class)
                .apiVersion("1.3").queryParameter("limit", 20).queryParameter("name", "web server").build());

        RecordedRequest request = server.onlyRequest();
        String signedUrl = server.baseUri() + "/v1/images?limit=20&name=web%20server";
        assertThat(request.rawPath() + "?" + request.rawQuery()).isEqualTo("/v1/images?limit=20&name=web%20server");
        assertThat(request.header("Scp-AccessKey")).isEqualTo(TestSetup.ACCESS_KEY);
        assertThat(request.header("Scp-Timestamp")).isEqualTo("1700000000000");
        assertThat(request.header("Scp-ClientType")).isEqualTo("Openapi");
        assertThat(request.header("Scp-AccountId")).isEqualTo(TestSetup.ACCOUNT_ID);
        assertThat(request.header("Accept-Language")).isEqualTo("en-US");
        assertThat(request.header("Scp-Api-Version")).isEqualTo("virtualserver 1.3");
        assertThat(request.header("User-Agent")).startsWith("scpgen/").contains(" java/");
        assertThat(request.header("Scp-Signature")).isEqualTo(ScpSigner.signature("GET", signedUrl, "1700000000000",
                ScpCredentials.of(TestSetup.ACCESS_KEY, TestSetup.SECRET_KEY, TestSetup.ACCOUNT_ID)));
    }

    @Test
    void omitsTheAccountIdHeaderWhenTheCredentialsHaveNone() {
        server.enqueue(200, ONE_IMAGE);
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().credentials(ScpCredentials.of("ak", "sk")).acceptLanguage("ko-KR").build());

        handler.execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", ImageListResponse.class).apiVersion("1.2").build());

        assertThat(server.onlyRequest().headers()).doesNotContainKey("Scp-AccountId");
        assertThat(server.onlyRequest().header("Accept-Language")).isEqualTo("ko-KR");
        assertThat(server.onlyRequest().header("Scp-Api-Version")).isEqualTo("virtualserver 1.2");
    }

    @Test
    void parsesTheResponseIgnoringUnknownFields() {
        server.enqueue(200, ONE_IMAGE);

        ImageListResponse response = setup.handler().execute(
                ScpRequest.builder(HttpMethod.GET, "/v1/images", ImageListResponse.class).apiVersion("1.3").build());

        assertThat(response).isEqualTo(new ImageListResponse(List.of(new Image("img-1", "web",
                OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(9)))), 1));
    }

    @Test
    void sendsTheBodyAsJsonWithoutNulls() {
        server.enqueue(201, "{\"id\":\"img-2\",\"name\":\"db\"}");

        Image created = setup.handler().execute(ScpRequest.builder(HttpMethod.POST, "/v1/images", Image.class)
                .apiVersion("1.3").body(new CreateImageRequest("db", null)).build());

        assertThat(created.id()).isEqualTo("img-2");
        assertThat(server.onlyRequest().method()).isEqualTo("POST");
        assertThat(server.onlyRequest().header("Content-Type")).isEqualTo("application/json");
        assertThat(server.onlyRequest().bodyText()).isEqualTo("{\"name\":\"db\"}");
    }

    @Test
    void returnsNullForVoidAndForAnEmptyBody() {
        server.enqueue(204, "").enqueue(200, "");

        assertThat(setup.handler().execute(ScpRequest.builder(HttpMethod.DELETE, "/v1/images/{id}", Void.class)
                .apiVersion("1.3").pathParameter("id", "img-1").build())).isNull();
        assertThat(setup.handler().execute(ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", Image.class)
                .apiVersion("1.3").pathParameter("id", "img-1").build())).isNull();
        assertThat(server.requests()).extracting(RecordedRequest::method).containsExactly("DELETE", "GET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../v2/admin", "..", ".", "a/b", "%2F", "x?admin=true", "#frag", "sp ace", "한글/.."})
    void aPathParameterNeverLeavesItsSegmentOnTheWire(String value) {
        server.always(200, "{}");

        setup.handler().execute(ScpRequest.builder(HttpMethod.GET, "/v1/images/{image_id}/tags", Void.class)
                .apiVersion("1.3").pathParameter("image_id", value).build());

        RecordedRequest request = server.onlyRequest();
        String[] segments = request.rawPath().split("/", -1);
        assertThat(segments).hasSize(5);
        assertThat(segments[1]).isEqualTo("v1");
        assertThat(segments[2]).isEqualTo("images");
        assertThat(segments[4]).isEqualTo("tags");
        assertThat(segments[3]).isNotIn(".", "..").doesNotContain("/", "?", "#");
        assertThat(request.rawQuery()).isNull();
    }

    @Test
    void rejectsAHeaderWithALineBreakBeforeAnythingIsSent() {
        assertThatThrownBy(() -> ScpRequest.builder(HttpMethod.GET, "/v1/images", Void.class)
                .apiVersion("1.3").header("X-Trace", "abc\r\nScp-Signature: forged"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void sendsExtraHeadersAndHonoursAnEndpointBasePath() {
        server.always(200, "{}");
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().endpointOverride(server.baseUri().resolve("/proxy/")).build());

        handler.execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", Void.class)
                .apiVersion("1.3").header("X-Trace", "t-1").build());

        assertThat(server.onlyRequest().rawPath()).isEqualTo("/proxy/v1/images");
        assertThat(server.onlyRequest().header("X-Trace")).isEqualTo("t-1");
    }
}
