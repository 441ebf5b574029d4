package io.scpgen.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.runtime.HttpMethod;
import io.scpgen.runtime.RetryPolicy;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpClientHandler;
import io.scpgen.runtime.ScpJson;
import io.scpgen.runtime.ScpRequest;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.exception.ScpNotFoundException;
import io.scpgen.runtime.exception.ScpUnauthorizedException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockScpServerTest {
    private static final ScpCredentials CREDENTIALS = ScpCredentials.of("mock-ak", "mock-secret", "acct-7");

    private final MockScpServer server = MockScpServer.builder().credentials(CREDENTIALS).start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ScpClientHandler client(ScpCredentials credentials) {
        return ScpClientHandler.create("virtualserver", ScpClientConfiguration.builder()
                .environmentVariables(Map.<String, String>of()::get)
                .credentials(credentials)
                .endpointOverride(server.baseUri())
                .retryPolicy(RetryPolicy.none())
                .build());
    }

    private JsonNode get(String path, String apiVersion) {
        return client(CREDENTIALS).execute(ScpRequest.builder(HttpMethod.GET, path, JsonNode.class)
                .apiVersion(apiVersion).build());
    }

    @Test
    void servesACannedResponseForAnExactPath() {
        server.stub("GET", "/v1/images", CannedResponse.builder().status(200)
                .body("{\"images\":[{\"id\":\"img-1\"}]}").header("X-Request-Id", "r-1").build());

        JsonNode body = get("/v1/images", "1.3");

        assertThat(body.path("images").path(0).path("id").asText()).isEqualTo("img-1");
    }

    @Test
    void matchesAPathTemplateOneSegmentPerParameter() {
        server.stub("GET", "/v1/images/{image_id}", CannedResponse.json(200, "{\"matched\":\"template\"}"));

        assertThat(get("/v1/images/img-1", "1.3").path("matched").asText()).isEqualTo("template");
        ScpClientHandler client = client(CREDENTIALS);
        assertThat(client.execute(ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", JsonNode.class)
                .apiVersion("1.3").pathParameter("id", "a/b").build()).path("matched").asText()).isEqualTo("template");
        assertThatThrownBy(() -> get("/v1/images/img-1/tags", "1.3")).isInstanceOf(ScpNotFoundException.class);
        assertThatThrownBy(() -> get("/v1/images", "1.3")).isInstanceOf(ScpNotFoundException.class);
    }

    @Test
    void prefersALiteralSegmentOverAParameter() {
        server.stub("GET", "/v1/images/shared", CannedResponse.json(200, "{\"matched\":\"literal\"}"));
        server.stub("GET", "/v1/images/{image_id}", CannedResponse.json(200, "{\"matched\":\"template\"}"));

        assertThat(get("/v1/images/shared", "1.3").path("matched").asText()).isEqualTo("literal");
        assertThat(get("/v1/images/other", "1.3").path("matched").asText()).isEqualTo("template");
    }

    @Test
    void choosesTheResponseOfTheRequestedApiVersion() {
        server.stub(Route.of("GET", "/v1/images").withApiVersion("virtualserver 1.2"), CannedResponse.json(200, "{\"v\":\"1.2\"}"));
        server.stub(Route.of("GET", "/v1/images").withApiVersion("virtualserver 1.3"), CannedResponse.json(200, "{\"v\":\"1.3\"}"));
        server.stub(Route.of("GET", "/v1/images"), CannedResponse.json(200, "{\"v\":\"any\"}"));

        assertThat(get("/v1/images", "1.2").path("v").asText()).isEqualTo("1.2");
        assertThat(get("/v1/images", "1.3").path("v").asText()).isEqualTo("1.3");
        assertThat(get("/v1/images", "1.0").path("v").asText()).isEqualTo("any");
    }

    @Test
    void answers404WithAJsonErrorWhenNoVersionMatches() {
        server.stub(Route.of("GET", "/v1/images").withApiVersion("virtualserver 1.3"), CannedResponse.json(200, "{}"));

        ScpNotFoundException error = catchThrowableOfType(ScpNotFoundException.class, () -> get("/v1/images", "1.1"));

        assertThat(error.errorBody().path("code").asText()).isEqualTo("NotFound");
        assertThat(error.errorBody().path("message").asText())
                .isEqualTo("no canned response for GET /v1/images with Scp-Api-Version: virtualserver 1.1");
    }

    @Test
    void aLaterStubReplacesAnEarlierOneForTheSameRoute() {
        server.stub("GET", "/v1/images", CannedResponse.json(200, "{\"n\":1}"));
        server.stub("get", "/v1/images", CannedResponse.json(200, "{\"n\":2}"));

        assertThat(get("/v1/images", "1.3").path("n").asInt()).isEqualTo(2);
    }

    @Test
    void servesStatusAndHeadersAsCanned() {
        server.stub("DELETE", "/v1/images/{id}", CannedResponse.empty(204));
        server.stub("GET", "/v1/volumes", CannedResponse.builder().status(409)
                .body("{\"message\":\"in use\"}").header("Scp-Request-Id", "scp-1").build());
        ScpClientHandler client = client(CREDENTIALS);

        assertThat(client.execute(ScpRequest.builder(HttpMethod.DELETE, "/v1/images/{id}", Void.class)
                .apiVersion("1.3").pathParameter("id", "img-1").build())).isNull();
        assertThatThrownBy(() -> get("/v1/volumes", "1.3"))
                .hasMessageEndingWith("failed with HTTP 409 (request id scp-1): in use");
    }

    @Test
    void recordsEachRequestAsReceived() {
        server.stub("POST", "/v1/images/{id}/tags", CannedResponse.json(201, "{}"));

        client(CREDENTIALS).execute(ScpRequest.builder(HttpMethod.POST, "/v1/images/{id}/tags", JsonNode.class)
                .apiVersion("1.3")
                .pathParameter("id", "img 1")
                .queryParameter("tag", List.of("a+b", "한글"))
                .queryParameter("dry_run", true)
                .header("X-Trace", "t-1")
                .body(Map.of("key", "env", "value", "prod"))
                .build());

        RecordedRequest request = server.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/images/img%201/tags");
        assertThat(request.rawQuery()).isEqualTo("tag=a%2Bb&tag=%ED%95%9C%EA%B8%80&dry_run=true");
        assertThat(request.queryParameters())
                .containsExactly(entry("tag", List.of("a+b", "한글")), entry("dry_run", List.of("true")));
        assertThat(request.header("scp-api-version")).contains("virtualserver 1.3");
        assertThat(request.header("X-Trace")).contains("t-1");
        assertThat(request.bodyAsJson()).isEqualTo(ScpJson.mapper().createObjectNode().put("key", "env").put("value", "prod"));
        assertThat(request.toString()).isEqualTo("POST /v1/images/img%201/tags?tag=a%2Bb&tag=%ED%95%9C%EA%B8%80&dry_run=true");
        assertThat(server.requests()).containsExactly(request);
    }

    @Test
    void clearsRecordedRequestsButKeepsStubs() {
        server.stub("GET", "/v1/images", CannedResponse.json(200, "{}"));
        get("/v1/images", "1.3");

        server.clearRequests();

        assertThat(server.requests()).isEmpty();
        assertThatThrownBy(server::lastRequest).isInstanceOf(IllegalStateException.class);
        get("/v1/images", "1.3");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void rejectsAWrongSecretWith401() {
        server.stub("GET", "/v1/images", CannedResponse.json(200, "{}"));

        ScpUnauthorizedException error = catchThrowableOfType(ScpUnauthorizedException.class, () ->
                client(ScpCredentials.of("mock-ak", "wrong-secret", "acct-7")).execute(
                        ScpRequest.builder(HttpMethod.GET, "/v1/images", JsonNode.class).apiVersion("1.3").build()));

        assertThat(error.errorBody().path("code").asText()).isEqualTo("Unauthorized");
        assertThat(error.errorBody().path("message").asText())
                .isEqualTo("signature check failed: Scp-Signature does not match the request");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void rejectsAnUnknownAccessKeyOrAccount() {
        server.stub("GET", "/v1/images", CannedResponse.json(200, "{}"));
        ScpRequest<JsonNode> request = ScpRequest.builder(HttpMethod.GET, "/v1/images", JsonNode.class).apiVersion("1.3").build();

        assertThatThrownBy(() -> client(ScpCredentials.of("other-ak", "mock-secret", "acct-7")).execute(request))
                .isInstanceOf(ScpUnauthorizedException.class).hasMessageEndingWith("unknown access key");
        assertThatThrownBy(() -> client(ScpCredentials.of("mock-ak", "mock-secret", "acct-8")).execute(request))
                .isInstanceOf(ScpUnauthorizedException.class).hasMessageEndingWith("unexpected Scp-AccountId");
    }

    @Test
    void rejectsARequestAlteredAfterSigning() throws Exception {
        server.stub("GET", "/v1/images", CannedResponse.json(200, "{}"));
        client(CREDENTIALS).execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", JsonNode.class)
                .apiVersion("1.3").queryParameter("limit", 10).build());
        RecordedRequest signed = server.lastRequest();

        // replay the signed headers with another limit
        HttpRequest.Builder replay = HttpRequest.newBuilder(URI.create(server.baseUri() + "/v1/images?limit=1000"));
        for (String name : List.of("Scp-AccessKey", "Scp-Timestamp", "Scp-ClientType", "Scp-AccountId", "Scp-Signature",
                "Scp-Api-Version")) {
            replay.header(name, signed.header(name).orElseThrow());
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(replay.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void rejectsAnUnsignedRequest() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUri() + "/v1/images")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ScpJson.mapper().readTree(response.body()).path("message").asText())
                .isEqualTo("signature check failed: missing header Scp-AccessKey");
    }

    @Test
    void acceptsAnythingWhenVerificationIsDisabled() {
        try (MockScpServer lenient = MockScpServer.builder().credentials(CREDENTIALS).verifySignatures(false).start()) {
            lenient.stub("GET", "/v1/images", CannedResponse.json(200, "{\"ok\":true}"));
            ScpClientHandler wrongKeys = ScpClientHandler.create("virtualserver", ScpClientConfiguration.builder()
                    .environmentVariables(Map.<String, String>of()::get)
                    .credentials(ScpCredentials.of("x", "y"))
                    .endpointOverride(lenient.baseUri())
                    .build());

            assertThat(wrongKeys.execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", JsonNode.class)
                    .apiVersion("1.3").build()).path("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void closingFreesThePort() {
        MockScpServer shortLived = MockScpServer.start();
        URI uri = shortLived.baseUri();

        shortLived.close();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
    }

    @Test
    void rejectsATemplateWithAQuery() {
        assertThatThrownBy(() -> Route.of("GET", "/v1/images?limit=2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toBuilderKeepsTheResponseAndAddsHeaders() {
        CannedResponse response = CannedResponse.json(201, "{}").toBuilder().header("Location", "/v1/images/1").build();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{}");
        assertThat(response.headers()).containsExactly(entry("Location", "/v1/images/1"));
    }
}
