package io.scpgen.samples;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.mock.DocsMock;
import io.scpgen.mock.MockScpServer;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpConfigFileException;
import io.scpgen.runtime.ScpJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the samples send their calls. When the runtime's default chain (the {@code SCP_*} variables, then
 * {@code ~/.scpconf}) has credentials and an endpoint, to that endpoint; otherwise to a docs mock started in-process,
 * which answers every documented call with the docs' example.
 */
final class SampleTarget implements AutoCloseable {

    private final ScpClientConfiguration configuration;
    private final MockScpServer mock;

    private SampleTarget(ScpClientConfiguration configuration, MockScpServer mock) {
        this.configuration = configuration;
        this.mock = mock;
    }

    /**
     * Chooses the target from {@code environment} and the files of {@code home}'s {@code .scpconf} and says which
     * it is on the first line of {@code out}.
     *
     * @throws ScpConfigFileException when a file of {@code .scpconf} is malformed
     */
    static SampleTarget choose(Function<String, String> environment, Path home, PrintStream out) {
        Optional<ScpClientConfiguration> configured = configured(environment, home);
        if (configured.isPresent()) {
            out.println("Calling " + configured.get().endpointFor("virtualserver") + " with the credentials of"
                    + " SCP_ACCESS_KEY or ~/.scpconf");
            return new SampleTarget(configured.get(), null);
        }
        MockScpServer mock = DocsMock.start(bundledSpec());
        out.println("Calling the docs mock at " + mock.baseUri() + " (set SCP_ENDPOINT_URL and SCP_ACCESS_KEY /"
                + " SCP_SECRET_KEY, or ~/.scpconf, to call SCP instead)");
        ScpClientConfiguration configuration = ScpClientConfiguration.builder().credentials(DocsMock.CREDENTIALS)
                .endpointOverride(mock.baseUri()).environmentVariables(name -> null).homeDirectory(home).build();
        return new SampleTarget(configuration, mock);
    }

    /** The runtime's default chain, when it has credentials and an endpoint of the Virtual Server service. */
    private static Optional<ScpClientConfiguration> configured(Function<String, String> environment, Path home) {
        try {
            ScpClientConfiguration configuration = ScpClientConfiguration.builder().environmentVariables(environment)
                    .homeDirectory(home).build();
            configuration.endpointFor("virtualserver");
            return Optional.of(configuration);
        } catch (ScpConfigFileException e) {
            throw e;
        } catch (IllegalStateException e) {
            return Optional.empty(); // no credentials, or no endpoint: the docs mock answers instead
        }
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
