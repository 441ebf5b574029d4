package io.scpgen.generator.versions;

import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.ScpClientHandler;
import io.scpgen.runtime.ScpConfigFileException;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.exception.ScpException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the live version lists come from: the endpoint given, or else the one the runtime's configuration chain gives
 * each service (explicit values, {@code SCP_*} variables, {@code ~/.scpconf}); with neither, the docs alone.
 */
public final class LiveVersions {

    /** Only to ask the chain whether it knows an endpoint when it found no credentials; never sent. */
    private static final ScpCredentials PROBE = ScpCredentials.of("probe", "probe");

    private final ScpClientConfiguration configuration;
    private final String notConfigured;

    private LiveVersions(ScpClientConfiguration configuration, String notConfigured) {
        this.configuration = configuration;
        this.notConfigured = notConfigured;
    }

    /**
     * Reads the configuration chain, with {@code endpoint} (may be null) overriding its endpoint.
     *
     * @param environment the environment variables ({@code System::getenv}; a map's {@code get} in tests)
     * @param home        the folder holding {@code .scpconf}; null for {@code user.home}
     * @throws VersionCheckException when the endpoint is not an http(s) URL, a {@code ~/.scpconf} file or an
     *                               {@code SCP_*} variable is malformed, or an endpoint is known and credentials
     *                               are not
     */
    public static LiveVersions configure(String endpoint, Function<String, String> environment, Path home)
            throws VersionCheckException {
        URI override = endpoint == null ? null : httpUri(endpoint);
        Supplier<ScpClientConfiguration.Builder> chain = () -> {
            ScpClientConfiguration.Builder builder = ScpClientConfiguration.builder().environmentVariables(environment);
            if (home != null) {
                builder.homeDirectory(home);
            }
            return override == null ? builder : builder.endpointOverride(override);
        };
        try {
            return new LiveVersions(chain.get().build(), null);
        } catch (ScpConfigFileException | IllegalArgumentException malformed) {
            // a malformed ~/.scpconf file, or an SCP_* variable that is no URL or region
            throw new VersionCheckException(malformed.getMessage());
        } catch (IllegalStateException noCredentialsOrEndpoint) {
            if (override == null && !knowsAnEndpoint(chain.get())) {
                return new LiveVersions(null, "no endpoint given or configured: SCP_ENDPOINT_URL, SCP_REGION and"
                        + " SCP_ENVIRONMENT, or ~/.scpconf/config.json");
            }
            throw new VersionCheckException("no credentials for the live service at "
                    + (override != null ? override : "the configured endpoint") + ": "
                    + noCredentialsOrEndpoint.getMessage());
        }
    }

    /** Whether the chain, which found no credentials or no endpoint, has an endpoint: then credentials are missing. */
    private static boolean knowsAnEndpoint(ScpClientConfiguration.Builder chain) {
        try {
            chain.credentials(PROBE).build();
            return true;
        } catch (IllegalStateException noEndpoint) {
            return false;
        }
    }

    private static URI httpUri(String endpoint) throws VersionCheckException {
        try {
            URI uri = new URI(endpoint);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below, as for any other URL that is not an endpoint
        }
        throw new VersionCheckException("endpoint '" + endpoint + "' is not an http or https URL such as"
                + " https://virtualserver.kr-west1.e.samsungsdscloud.com");
    }

    /**
     * The docs' versions of {@code docs} beside its live list, or alone when none is configured.
     *
     * @throws VersionCheckException when the service cannot be reached or refuses the call (its name and endpoint said)
     */
    public VersionDrift drift(ServiceSpec docs) throws VersionCheckException {
        if (configuration == null) {
            return VersionDrift.docsOnly(docs, notConfigured);
        }
        URI endpoint;
        try {
            endpoint = configuration.endpointFor(docs.name(), docs.regional());
        } catch (IllegalStateException noRegion) {
            return VersionDrift.docsOnly(docs, noRegion.getMessage());
        }
        try {
            return VersionDrift.compare(docs, endpoint.toString(),
                    ScpClientHandler.create(docs.name(), docs.regional(), configuration).apiVersions());
        } catch (ScpException e) {
            throw new VersionCheckException("cannot read the versions of " + docs.name() + " at " + endpoint + ": "
                    + e.getMessage());
        }
    }
}
