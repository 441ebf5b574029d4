package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scpgen.runtime.exception.ScpApiException;
import io.scpgen.runtime.exception.ScpBadRequestException;
import io.scpgen.runtime.exception.ScpConflictException;
import io.scpgen.runtime.exception.ScpForbiddenException;
import io.scpgen.runtime.exception.ScpNotFoundException;
import io.scpgen.runtime.exception.ScpServerException;
import io.scpgen.runtime.exception.ScpUnauthorizedException;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.TestModels.Image;
import io.scpgen.runtime.testing.TestSetup;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {
    private final LoopbackServer server = LoopbackServer.start();
    private final TestSetup setup = new TestSetup(server);

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, ScpBadRequestException.class),
                Arguments.of(401, ScpUnauthorizedException.class),
                Arguments.of(403, ScpForbiddenException.class),
                Arguments.of(404, ScpNotFoundException.class),
                Arguments.of(409, ScpConflictException.class),
                Arguments.of(500, ScpServerException.class),
                Arguments.of(503, ScpServerException.class),
                Arguments.of(418, ScpApiException.class),
                Arguments.of(429, ScpApiException.class),
                Arguments.of(302, ScpApiException.class));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void mapsEachStatusToItsExceptionType(int status, Class<? extends ScpApiException> expectedType) {
        server.enqueue(status, "{\"code\":\"E" + status + "\",\"message\":\"image img-9 is busy\"}",
                "X-Request-Id", "req-" + status);

        ScpApiException error = catchThrowableOfType(ScpApiException.class, () -> setup.handler(RetryPolicy.none())
                .execute(ScpRequest.builder(HttpMethod.GET, "/v1/images/{id}", Image.class)
                        .apiVersion("1.3").pathParameter("id", "img-9").build()));

        assertThat(error).isExactlyInstanceOf(expectedType);
        assertThat(error.statusCode()).isEqualTo(status);
        assertThat(error.requestId()).contains("req-" + status);
        assertThat(error.rawBody()).contains("\"code\":\"E" + status + "\"");
        assertThat(error.errorBody().path("code").asText()).isEqualTo("E" + status);
        assertThat(error.getMessage())
                .isEqualTo("GET " + server.baseUri() + "/v1/images/img-9 failed with HTTP " + status
                        + " (request id req-" + status + "): image img-9 is busy");
    }

    @Test
    void keepsABodyThatIsNotJsonAsRawTextOnly() {
        server.enqueue(502, "<html>Bad Gateway</html>", "Content-Type", "text/html", "Scp-Request-Id", "scp-7");

        ScpServerException error = catchThrowableOfType(ScpServerException.class, () -> setup.handler(RetryPolicy.none())
                .execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", Void.class).apiVersion("1.3").build()));

        assertThat(error.rawBody()).isEqualTo("<html>Bad Gateway</html>");
        assertThat(error.errorBody()).isNull();
        assertThat(error.requestId()).contains("scp-7");
    }

    @Test
    void readsTheMessageOfAnErrorsArray() {
        server.enqueue(400, "{\"errors\":[{\"code\":\"InvalidParameter\",\"message\":\"limit must be <= 100\"}]}");

        ScpBadRequestException error = catchThrowableOfType(ScpBadRequestException.class, () -> setup.handler()
                .execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", Void.class).apiVersion("1.3").build()));

        assertThat(error.getMessage()).endsWith("failed with HTTP 400: limit must be <= 100");
        assertThat(error.requestId()).isEmpty();
    }
}
