package io.scpgen.samples;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the samples send their calls. With {@code SCP_ENDPOINT_URL} (or {@code SCP_REGION} and
 * {@code SCP_ENVIRONMENT}) and credentials set, to that endpoint; otherwise to a docs mock started in-process,
 * which answers every documented call with the docs' example.
 */
final class SampleTarget implements AutoCloseable {

    private final ScpClientConfiguration configuration;
    private final MockScpServer mock;

    private SampleTarget(ScpClientConfiguration configuration, MockScpServer mock) {
        this.configuration = configuration;
        this.mock = mock;
    }

    /** Chooses the target from {@code environment} and says which it is on the first line of {@code out}. */
    static SampleTarget choose(Function<String, String> environment, PrintStream out) {
        boolean endpoint = isSet(environment, "SCP_ENDPOINT_URL")
                || (isSet(environment, "SCP_REGION") && isSet(environment, "SCP_ENVIRONMENT"));
        boolean credentials = isSet(environment, "SCP_ACCESS_KEY") && isSet(environment, "SCP_SECRET_KEY");
        if (endpoint && credentials) {
            ScpClientConfiguration configuration = ScpClientConfiguration.builder()
                    .environmentVariables(environment).build();
            out.println("Calling " + configuration.endpointFor("virtualserver") + " with the credentials of"
                    + " SCP_ACCESS_KEY");
            return new SampleTarget(configuration, null);
        }
        MockScpServer mock = DocsMock.start(bundledSpec());
        out.println("Calling the docs mock at " + mock.baseUri() + " (set SCP_ENDPOINT_URL and SCP_ACCESS_KEY /"
                + " SCP_SECRET_KEY to call SCP instead)");
        ScpClientConfiguration configuration = ScpClientConfiguration.builder().credentials(DocsMock.CREDENTIALS)
                .endpointOverride(mock.baseUri()).environmentVariables(name -> null).build();
        return new SampleTarget(configuration, mock);
    }

    ScpClientConfiguration configuration() {
        return configuration;
    }

    Optional<MockScpServer> mock() {
        return Optional.ofNullable(mock);
    }

    @Override
    public void close() {
        if (mock != null) {
            mock.close();
        }
    }

    private static boolean isSet(Function<String, String> environment, String name) {
        String value = environment.apply(name);
        return value != null && !value.isBlank();
    }

    private static JsonNode bundledSpec() {
        try (InputStream spec = SampleTarget.class.getResourceAsStream("virtualserver.json")) {
            if (spec == null) {
                throw new IllegalStateException("virtualserver.json is missing from the samples jar");
            }
            return ScpJson.mapper().readTree(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
