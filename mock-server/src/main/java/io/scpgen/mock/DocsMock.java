package io.scpgen.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.runtime.ScpHeaders;
import io.scpgen.runtime.ScpJson;
import io.scpgen.runtime.auth.ScpCredentials;
import java.util.List;

/**
 * The docs mock: a {@link MockScpServer} that answers every documented method + path + {@code Scp-Api-Version}
 * with that version's example response from a normalized spec (the JSON scpgen writes), {@code GET /} with the
 * service's version information ({@link VersionList}), and 404 otherwise. It checks signatures with
 * {@link #CREDENTIALS}, which it hands to whoever calls it.
 */
public final class DocsMock {

    /** The credentials the docs mock verifies signatures with: not secret, they only open the mock. */
    public static final ScpCredentials CREDENTIALS = ScpCredentials.of("docs-mock-access-key",
            "docs-mock-secret-key");

    private DocsMock() {
    }

    /** Starts a docs mock on an ephemeral port of 127.0.0.1, loaded with {@code spec}. */
    public static MockScpServer start(JsonNode spec) {
        return start(spec, 0);
    }

    /** Starts a docs mock on {@code port} of 127.0.0.1 (0 for any free port), loaded with {@code spec}. */
    public static MockScpServer start(JsonNode spec, int port) {
        return start(List.of(spec), port);
    }

    /**
     * Starts one docs mock for several services on {@code port} of 127.0.0.1 (0 for any free port): a call is
     * answered by the service its {@code Scp-Api-Version} names, so services sharing a path never mix. {@code GET /}
     * without that header answers the version information of the one service, or, with several, 404 naming them.
     */
    public static MockScpServer start(List<JsonNode> specs, int port) {
        MockScpServer server = MockScpServer.builder().credentials(CREDENTIALS).port(port).start();
        specs.forEach(spec -> load(server, spec));
        server.stub(Route.of("GET", "/"), specs.size() == 1 ? VersionList.of(specs.get(0), server.baseUri())
                : CannedResponse.json(404, ScpJson.mapper().createObjectNode().put("code", "NotFound")
                        .put("message", "GET / of a mock of several services answers the service that "
                                + ScpHeaders.API_VERSION + " names: expected one of " + specs.stream()
                                .map(spec -> spec.path("name").asText()).sorted().toList()).toString()));
        return server;
    }

    /**
     * Stubs every operation version of {@code spec}: its first 2xx status (200 when none is documented) with the
     * example body, or no body when the docs give none; and {@code GET /} with an {@code Scp-Api-Version} naming the
     * service (any version, or none) with its version information.
     *
     * @return how many method + path + version routes were stubbed
     */
    public static int load(MockScpServer server, JsonNode spec) {
        String service = spec.path("name").asText();
        server.stub(Route.of("GET", "/").withService(service), VersionList.of(spec, server.baseUri()));
        int routes = 0;
        for (JsonNode operation : spec.path("operations")) {
            for (JsonNode variant : operation.path("variants")) {
                String status = successStatus(variant);
                JsonNode example = variant.path("responseExamples").path(status);
                CannedResponse response = example.isMissingNode()
                        ? CannedResponse.empty(Integer.parseInt(status))
                        : CannedResponse.json(Integer.parseInt(status), example.toString());
                server.stub(Route.of(operation.path("method").asText(), operation.path("path").asText())
                        .withApiVersion(service + " " + variant.path("version").asText()), response);
                routes++;
            }
        }
        return routes;
    }

    private static String successStatus(JsonNode variant) {
        for (JsonNode response : variant.path("responses")) {
            String status = response.path("status").asText();
            if (status.startsWith("2")) {
                return status;
            }
        }
        return "200";
    }
}
