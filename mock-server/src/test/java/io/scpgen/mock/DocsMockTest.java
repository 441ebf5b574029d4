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
