package io.scpgen.scp.virtualserver;

import io.scpgen.mock.CannedResponse;
import io.scpgen.mock.MockScpServer;
import io.scpgen.mock.Route;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.auth.ScpCredentials;

/** A mock SCP server checking signatures, and a configuration for clients that call it. */
final class MockedSdk implements AutoCloseable {

    static final ScpCredentials CREDENTIALS = ScpCredentials.of("hand-written-test-key", "hand-written-test-secret");

    final MockScpServer server = MockScpServer.builder().credentials(CREDENTIALS).start();

    ScpClientConfiguration configuration() {
        return ScpClientConfiguration.builder().credentials(CREDENTIALS).endpointOverride(server.baseUri()).build();
    }

    /** Answers {@code method path} of {@code version} with {@code json}. */
    void answer(String method, String path, String version, String json) {
        server.stub(Route.of(method, path).withApiVersion("virtualserver " + version), CannedResponse.json(200, json));
    }

    @Override
    public void close() {
        server.close();
    }
}
