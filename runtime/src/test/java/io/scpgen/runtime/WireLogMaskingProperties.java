package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.testing.CapturedLog;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestSetup;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the secrets are, the wire log at every level never shows them: the credentials (signed in headers, or
 * echoed back in a body by a misbehaving proxy), a token header, and values under sensitive JSON names in request and
 * response bodies, on a retried call, blocking or not.
 */
class WireLogMaskingProperties {
    private static LoopbackServer server;

    @BeforeContainer
    static void startServer() {
        server = LoopbackServer.start();
    }

    @AfterContainer
    static void stopServer() {
        server.close();
    }

    @Property(tries = 40)
    void noSecretAppearsInAnyLogLine(@ForAll("secrets") String accessKey, @ForAll("secrets") String secretKey,
                                     @ForAll("secrets") String token, @ForAll("secrets") String requestSecret,
                                     @ForAll("secrets") String responseSecret,
                                     @ForAll("sensitiveNames") String requestField,
                                     @ForAll("sensitiveNames") String responseField,
                                     @ForAll boolean async) throws Exception {
        // a 503 and then a 200, each echoing the credentials' headers in a field whose name says nothing
        server.enqueue(exchange -> LoopbackServer.respond(exchange, 503, "{\"message\":\"busy\",\"echo\":\""
                + exchange.getRequestHeaders().getFirst("Scp-Signature") + "\",\"" + responseField + "\":\""
                + responseSecret + "\"}"));
        server.enqueue(exchange -> LoopbackServer.respond(exchange, 200, "{\"id\":\"x\",\"echo\":\""
                + exchange.getRequestHeaders().getFirst("Scp-AccessKey") + "\",\"items\":[{\"" + responseField
                + "\":{\"value\":\"" + responseSecret + "\"}}]}"));
        ScpClientHandler handler = ScpClientHandler.create("virtualserver", new TestSetup(server).configuration()
                .credentials(ScpCredentials.of(accessKey, secretKey, "acct-1")).build());
        ScpRequest<Map> request = ScpRequest.builder(HttpMethod.PUT, "/v1/things/{id}", Map.class).apiVersion("1.0")
                .pathParameter("id", "x").header("X-Auth-Token", token)
                .body(Map.of("name", "n", requestField, requestSecret,
                        "nested", List.of(Map.of(requestField, requestSecret)))).build();
        int before = server.requests().size();

        List<String> lines;
        try (CapturedLog log = CapturedLog.at(Level.ALL)) {
            if (async) {
                handler.executeAsync(request).get(10, TimeUnit.SECONDS);
            } else {
                handler.execute(request);
            }
            lines = log.lines().stream().map(CapturedLog.Line::message).toList();
        }

        List<String> secrets = new ArrayList<>(List.of(accessKey, secretKey, token, requestSecret, responseSecret));
        server.requests().subList(before, server.requests().size())
                .forEach(sent -> secrets.add(sent.header("Scp-Signature")));
        assertThat(lines).as("two attempts at DEBUG and TRACE").hasSize(6);
        for (String line : lines) {
            for (String secret : secrets) {
                assertThat(line).doesNotContain(secret);
            }
        }
    }

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().alpha().numeric().withChars("+/=-_.").ofMinLength(12).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> sensitiveNames() {
        return Arbitraries.of("password", "admin_password", "Passwd", "client_secret", "access_token", "private_key",
                "auth_key", "credential", "refreshToken", "SECRET");
    }
}
