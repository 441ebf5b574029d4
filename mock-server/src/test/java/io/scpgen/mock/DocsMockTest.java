package io.scpgen.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.runtime.HttpMethod;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpClientHandler;
import io.scpgen.runtime.ScpJson;
import io.scpgen.runtime.ScpRequest;
import io.scpgen.runtime.RetryPolicy;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.exception.ScpNotFoundException;
import io.scpgen.runtime.exception.ScpUnauthorizedException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DocsMockTest {

    private static final String SPEC = """
            {"name": "things", "operations": [
              {"method": "GET", "path": "/v1/things/{thing_id}", "variants": [
                {"version": "1.0", "responses": [{"status": "200"}, {"status": "404"}],
                 "responseExamples": {"200": {"id": "t-1", "size": 3}}},
                {"version": "1.1", "responses": [{"status": "202"}]}]}]}""";

    @Test
    void answersEachDocumentedVersionWithItsExampleAnd404Otherwise() throws Exception {
        try (MockScpServer mock = DocsMock.start(ScpJson.mapper().readTree(SPEC))) {
            ScpClientHandler client = client(mock, DocsMock.CREDENTIALS);

            JsonNode thing = client.execute(get("1.0"));
            JsonNode empty = client.execute(get("1.1"));

            assertThat(thing).isEqualTo(ScpJson.mapper().readTree("{\"id\": \"t-1\", \"size\": 3}"));
            assertThat(empty).isNull();
            assertThat(mock.lastRequest().path()).isEqualTo("/v1/things/t-1");
            assertThatThrownBy(() -> client.execute(get("1.2"))).isInstanceOf(ScpNotFoundException.class);
        }
    }

    @Test
    void oneMockServesSeveralServicesSharingAPathEachByItsScpApiVersion() throws Exception {
        String files = """
                {"name": "filestorage", "operations": [{"method": "GET", "path": "/v1/things/{thing_id}", "variants": [
                  {"version": "1.0", "responses": [{"status": "200"}], "responseExamples": {"200": {"from": "files"}}}]}]}""";
        try (MockScpServer mock = DocsMock.start(java.util.List.of(ScpJson.mapper().readTree(SPEC),
                ScpJson.mapper().readTree(files)), 0)) {
            JsonNode things = client(mock, DocsMock.CREDENTIALS).execute(get("1.0"));
            JsonNode fromFiles = client("filestorage", mock).execute(get("1.0"));

            assertThat(things.path("id").asText()).isEqualTo("t-1");
            assertThat(fromFiles).isEqualTo(ScpJson.mapper().readTree("{\"from\": \"files\"}"));
            assertThat(mock.lastRequest().header("Scp-Api-Version")).contains("filestorage 1.0");
            assertThatThrownBy(() -> client("dns", mock).execute(get("1.0"))).isInstanceOf(ScpNotFoundException.class);
        }
    }

    @Test
    void rejectsRequestsNotSignedWithItsCredentials() throws Exception {
        try (MockScpServer mock = DocsMock.start(ScpJson.mapper().readTree(SPEC))) {
            ScpClientHandler client = client(mock, ScpCredentials.of(DocsMock.CREDENTIALS.accessKey(), "guess"));

            assertThatThrownBy(() -> client.execute(get("1.0"))).isInstanceOf(ScpUnauthorizedException.class);
        }
    }

    @Test
    void listensOnTheRequestedPort() throws Exception {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        try (MockScpServer mock = DocsMock.start(ScpJson.mapper().readTree(SPEC), free)) {
            assertThat(mock.baseUri().getPort()).isEqualTo(free);
        }
        assertThatThrownBy(() -> MockScpServer.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final String VERSIONED = """
            {"name": "things", "versions": [
              {"version": "1.0", "status": "DEPRECATED", "supportedUntil": "2026-05-31"},
              {"version": "1.1", "status": "CURRENT"},
              {"version": "2.0", "status": "PLANNED"}],
             "operations": []}""";

    @Test
    void answersGetRootWithTheVersionInformationOfTheDocsVersionTable() throws Exception {
        try (MockScpServer mock = DocsMock.start(ScpJson.mapper().readTree(VERSIONED))) {
            HttpResponse<String> root = signedGetRoot(mock, null, DocsMock.CREDENTIALS.secretKey());

            assertThat(root.statusCode()).isEqualTo(200);
            assertThat(root.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(ScpJson.mapper().readTree(root.body())).isEqualTo(ScpJson.mapper().readTree(("""
                    {"versions": [
                      {"id": "v1.0", "links": [{"href": "BASE/v1", "rel": "self"}], "not_before": "2026-05-31",
                       "status": "DEPRECATED"},
                      {"id": "v1.1", "links": [{"href": "BASE/v1", "rel": "self"}], "not_before": null,
                       "status": "CURRENT"},
                      {"id": "v2.0", "links": [{"href": "BASE/v2", "rel": "self"}], "not_before": null,
                       "status": "PLANNED"}]}""").replace("BASE", mock.baseUri().toString())));
            assertThat(root.body()).startsWith("{\"versions\":[{\"id\":\"v1.0\",\"links\":");
        }
    }

    @Test
    void withSeveralServicesGetRootAnswersTheServiceItsScpApiVersionNames() throws Exception {
        String files = """
                {"name": "filestorage", "versions": [{"version": "1.0", "status": "CURRENT"}], "operations": []}""";
        try (MockScpServer mock = DocsMock.start(java.util.List.of(ScpJson.mapper().readTree(VERSIONED),
                ScpJson.mapper().readTree(files)), 0)) {
            String secret = DocsMock.CREDENTIALS.secretKey();

            JsonNode fromFiles = ScpJson.mapper().readTree(signedGetRoot(mock, "filestorage", secret).body());
            JsonNode things = ScpJson.mapper().readTree(signedGetRoot(mock, "things 1.1", secret).body());
            HttpResponse<String> unnamed = signedGetRoot(mock, null, secret);

            assertThat(fromFiles.path("versions")).extracting(v -> v.path("id").asText()).containsExactly("v1.0");
            assertThat(things.path("versions")).extracting(v -> v.path("id").asText())
                    .containsExactly("v1.0", "v1.1", "v2.0");
            assertThat(unnamed.statusCode()).isEqualTo(404);
            assertThat(ScpJson.mapper().readTree(unnamed.body()).path("message").asText()).isEqualTo("GET / of a mock"
                    + " of several services answers the service that Scp-Api-Version names: expected one of"
                    + " [filestorage, things]");
            assertThat(signedGetRoot(mock, "dns", secret).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void getRootIsSignedLikeEveryCall() throws Exception {
        try (MockScpServer mock = DocsMock.start(ScpJson.mapper().readTree(VERSIONED))) {
            assertThat(signedGetRoot(mock, null, "guess").statusCode()).isEqualTo(401);
        }
    }

    /** {@code GET /} signed as SCP's docs say, with {@code Scp-Api-Version: apiVersion} unless it is null. */
    private static HttpResponse<String> signedGetRoot(MockScpServer mock, String apiVersion, String secret)
            throws Exception {
        String url = mock.baseUri() + "/";
        String timestamp = "1605290625682";
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(hmac.doFinal(("GET" + url + timestamp
                + DocsMock.CREDENTIALS.accessKey() + "Openapi").getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET()
                .header("Scp-AccessKey", DocsMock.CREDENTIALS.accessKey()).header("Scp-Timestamp", timestamp)
                .header("Scp-ClientType", "Openapi").header("Scp-Signature", signature);
        if (apiVersion != null) {
            request.header("Scp-Api-Version", apiVersion);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ScpClientHandler client(MockScpServer mock, ScpCredentials credentials) {
        return client("things", mock, credentials);
    }

    private static ScpClientHandler client(String service, MockScpServer mock) {
        return client(service, mock, DocsMock.CREDENTIALS);
    }

    private static ScpClientHandler client(String service, MockScpServer mock, ScpCredentials credentials) {
        return ScpClientHandler.create(service, ScpClientConfiguration.builder().credentials(credentials)
                .endpointOverride(mock.baseUri()).retryPolicy(RetryPolicy.none()).build());
    }

    private static ScpRequest<JsonNode> get(String version) {
        return ScpRequest.builder(HttpMethod.GET, "/v1/things/{thing_id}", JsonNode.class).apiVersion(version)
                .pathParameter("thing_id", "t-1").build();
    }
}
