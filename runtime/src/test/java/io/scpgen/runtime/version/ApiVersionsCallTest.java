package io.scpgen.runtime.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.runtime.ScpClientHandler;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.auth.ScpSigner;
import io.scpgen.runtime.exception.ScpClientException;
import io.scpgen.runtime.interceptor.ScpCallContext;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.LoopbackServer.RecordedRequest;
import io.scpgen.runtime.testing.TestSetup;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link ScpClientHandler#apiVersions()} against a loopback server. */
class ApiVersionsCallTest {
    static final String LIST = "{\"versions\":[{\"id\":\"v1.1\",\"links\":[],\"not_before\":\"2026-05-31\","
            + "\"status\":\"DEPRECATED\"},{\"id\":\"v1.3\",\"links\":[],\"not_before\":null,\"status\":\"CURRENT\"}]}";

    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void getsTheRootSignedWithoutAnApiVersionHeader() {
        server.enqueue(200, LIST);
        List<String> operations = new CopyOnWriteArrayList<>();
        ScpInterceptor recording = new ScpInterceptor() {
            @Override
            public void beforeExecution(ScpCallContext context) {
                operations.add(context.operationName() + " [" + context.apiVersion() + "]");
            }
        };
        ScpClientHandler handler = ScpClientHandler.create("virtualserver",
                setup.configuration().addInterceptor(recording).build());

        List<ScpApiVersion> versions = handler.apiVersions();

        assertThat(versions).containsExactly(
                ScpApiVersion.of("1.1", ScpApiVersionStatus.DEPRECATED, LocalDate.of(2026, 5, 31)),
                ScpApiVersion.of("1.3", ScpApiVersionStatus.CURRENT, null));
        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/");
        assertThat(request.headers()).doesNotContainKey("Scp-Api-Version");
        assertThat(request.header("Scp-Signature")).isEqualTo(ScpSigner.signature("GET", server.baseUri() + "/",
                "1700000000000", ScpCredentials.of(TestSetup.ACCESS_KEY, TestSetup.SECRET_KEY, TestSetup.ACCOUNT_ID)));
        assertThat(operations).containsExactly("apiVersions []");
    }

    @Test
    void theAsyncFormGivesTheSameListAndFailsUnwrapped() {
        server.enqueue(200, LIST).enqueue(200, "{\"items\":[]}");
        ScpClientHandler handler = setup.handler();

        assertThat(handler.apiVersionsAsync().join()).extracting(ScpApiVersion::version).containsExactly("1.1", "1.3");
        Throwable failure = handler.apiVersionsAsync().handle((versions, error) -> error).join();
        assertThat(failure).isInstanceOf(ScpClientException.class).hasMessageContaining("has no \"versions\" array");
    }
}
