package io.scpgen.runtime;

import io.scpgen.runtime.auth.CredentialsProvider;
import io.scpgen.runtime.auth.CredentialsProviderChain;
import io.scpgen.runtime.auth.EnvironmentCredentialsProvider;
import io.scpgen.runtime.auth.ScpConfCredentialsProvider;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.auth.StaticCredentialsProvider;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Everything an SCP client needs besides the service it talks to: credentials, where the
 * endpoints are, timeouts, retries, and the clock, sleeper and random source behind them.
 * Immutable and shared freely between clients of different services.
 *
 * <p>Each value comes from the first source that has it: the builder, then the environment variables, then the
 * files SCP's own tools read, {@code ~/.scpconf/credentials.json} and {@code ~/.scpconf/config.json}
 * ({@link ScpConfigFiles}), then the default. Credentials from {@code SCP_ACCESS_KEY}/{@code SCP_SECRET_KEY}/{@code
 * SCP_ACCOUNT_ID} or the files' {@code access-key}/{@code secret-key} with config.json's {@code account-id}; the keys
 * and the account id come together from one source, so an account id is never signed with another source's keys.
 * The endpoint from {@value #ENDPOINT_URL_VARIABLE} or {@code endpoint-override}, or from {@value #REGION_VARIABLE}
 * or {@code default-region} and {@value #ENVIRONMENT_VARIABLE} or the environment of {@code auth-url}. The files are
 * read once, by {@link Builder#build()}, which fails when credentials or the endpoint cannot be found, naming the
 * variables and keys to set, or when a file is malformed ({@link ScpConfigFileException}).
 */
public final class ScpClientConfiguration {
    /** The variable naming the region, e.g. {@code kr-west1}. */
    public static final String REGION_VARIABLE = "SCP_REGION";
    /** The variable naming the environment, e.g. {@code e}. */
    public static final String ENVIRONMENT_VARIABLE = "SCP_ENVIRONMENT";
    /** The variable holding an endpoint URI that replaces the computed one (a mock server, a proxy). */
    public static final String ENDPOINT_URL_VARIABLE = "SCP_ENDPOINT_URL";
    /** The default connect timeout, 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default request timeout, 60 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The default {@code Accept-Language}. */
    public static final String DEFAULT_ACCEPT_LANGUAGE = "en-US";
    /** The default warning window of the version check, 90 days before a version's date (as SCP's tools). */
    public static final int DEFAULT_MAX_REMAIN_DAYS = 90;
    /** The default time the version check waits for a service's version list, 10 seconds. */
    public static final Duration DEFAULT_VERSION_CHECK_TIMEOUT = Duration.ofSeconds(10);

    // one DNS label: keeps service, region and environment from changing the host structure
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    private final CredentialsProvider credentialsProvider;
    private final URI endpointOverride;
    private final String region;
    private final String environment;
    private final String acceptLanguage;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final HttpClient httpClient;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final int maxRemainDays;
    private final boolean versionCheck;
    private final Duration versionCheckTimeout;
    private final List<ScpInterceptor> interceptors;
    /** The settings as given, before the environment and ~/.scpconf filled gaps: what {@link #toBuilder()} starts from. */
    private final Builder given;

    private ScpClientConfiguration(Builder builder, ScpConfigFiles files, CredentialsProvider credentialsProvider,
                                   URI endpointOverride, String region, String environment) {
        this.given = builder.copy();
        this.credentialsProvider = credentialsProvider;
        this.endpointOverride = endpointOverride;
        this.region = region;
        this.environment = environment;
        this.acceptLanguage = builder.acceptLanguage;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.retryPolicy = builder.retryPolicy;
        this.httpClient = builder.httpClient != null
                ? builder.httpClient
                : HttpClient.newBuilder().connectTimeout(builder.connectTimeout).build();
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.random = builder.random;
        this.maxRemainDays = builder.maxRemainDays != null ? builder.maxRemainDays
                : files.maxRemainDays().orElse(DEFAULT_MAX_REMAIN_DAYS);
        this.versionCheck = builder.versionCheck != null ? builder.versionCheck : files.versionCheck().orElse(false);
        this.versionCheckTimeout = builder.versionCheckTimeout != null ? builder.versionCheckTimeout
                : files.versionCheckTimeout().orElse(DEFAULT_VERSION_CHECK_TIMEOUT);
        this.interceptors = List.copyOf(builder.interceptors);
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding the settings this configuration was built from, e.g. to add an interceptor to a shared
     * configuration. Unset values are looked up in the environment again when it is built; a default HTTP client is
     * made anew.
     */
    public Builder toBuilder() {
        return given.copy();
    }

    /**
     * The endpoint of a regional service: the override if one was given, otherwise
     * {@code https://<service>.<region>.<environment>.samsungsdscloud.com}.
     *
     * @param serviceName the service's host label, e.g. {@code virtualserver}
     * @throws IllegalStateException when there is no override and no region
     */
    public URI endpointFor(String serviceName) {
        return endpointFor(serviceName, true);
    }

    /**
     * The endpoint of a service: the override if one was given, otherwise
     * {@code https://<service>.<region>.<environment>.samsungsdscloud.com}, or for a global service (one that has no
     * region, such as {@code product}) {@code https://<service>.<environment>.samsungsdscloud.com}.
     *
     * @param serviceName the service's host label, e.g. {@code virtualserver}
     * @param regional    false for a global service
     * @throws IllegalStateException when a regional service's endpoint is asked for without an override or a region
     */
    public URI endpointFor(String serviceName, boolean regional) {
        requireDnsLabel("service name", serviceName);
        if (endpointOverride != null) {
            return endpointOverride;
        }
        if (!regional) {
            return URI.create("https://" + serviceName + "." + environment + ".samsungsdscloud.com");
        }
        if (region == null) {
            throw new IllegalStateException("No SCP region for " + serviceName + ": set a region (or the environment"
                    + " variable " + REGION_VARIABLE + ", or " + ScpConfigFiles.DEFAULT_REGION + " in ~/"
                    + ScpConfigFiles.FOLDER + "/" + ScpConfigFiles.CONFIG_FILE + "), or an endpoint override (or "
                    + ENDPOINT_URL_VARIABLE + ")");
        }
        return URI.create("https://" + serviceName + "." + region + "." + environment + ".samsungsdscloud.com");
    }

    /** Where credentials come from. */
    public CredentialsProvider credentialsProvider() {
        return credentialsProvider;
    }

    /** The explicit, {@value #ENDPOINT_URL_VARIABLE} or config.json {@code endpoint-override} endpoint, if any. */
    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpointOverride);
    }

    /** The region, if known (it is not needed when an endpoint override is set). */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** The environment ({@code s}, {@code g}, {@code e}...), if known. */
    public Optional<String> environment() {
        return Optional.ofNullable(environment);
    }

    /** The {@code Accept-Language} of every call. */
    public String acceptLanguage() {
        return acceptLanguage;
    }

    /** The connect timeout of the default HTTP client (an injected client keeps its own). */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long one attempt may take, from sending to the last byte of the response body. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** When failed calls are repeated. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** The {@code User-Agent}: {@code scpgen/<version> java/<version>}. */
    public String userAgent() {
        return UserAgent.VALUE;
    }

    /** The HTTP client that sends the calls. */
    public HttpClient httpClient() {
        return httpClient;
    }

    /** The clock of signing timestamps and retry time budgets. */
    public Clock clock() {
        return clock;
    }

    /** What waits between retries. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** The random source of backoff jitter. */
    public RandomGenerator random() {
        return random;
    }

    /**
     * How many days before a version's date the version check warns. Default {@value #DEFAULT_MAX_REMAIN_DAYS}, or
     * config.json's {@code max-remain-days}.
     */
    public int maxRemainDays() {
        return maxRemainDays;
    }

    /**
     * Whether a client checks its service's version list on its first call. Off by default; on with the builder or
     * config.json's {@code version-check}.
     */
    public boolean versionCheck() {
        return versionCheck;
    }

    /**
     * How long the version check waits for a service's version list. Default 10 s, or config.json's
     * {@code microversion-check-timeout} (seconds).
     */
    public Duration versionCheckTimeout() {
        return versionCheckTimeout;
    }

    /** The interceptors of every call, in the order they run (before those of a call's own overrides). */
    public List<ScpInterceptor> interceptors() {
        return interceptors;
    }

    @Override
    public String toString() {
        return "ScpClientConfiguration[credentials=" + credentialsProvider
                + ", endpoint=" + (endpointOverride != null ? endpointOverride : "<service>." + (region == null ? "" : region + ".") + environment)
                + ", acceptLanguage=" + acceptLanguage + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", retryPolicy=" + retryPolicy
                + ", versionCheck=" + versionCheck + ", maxRemainDays=" + maxRemainDays + "]";
    }

    private static String requireDnsLabel(String what, String value) {
        Objects.requireNonNull(value, what);
        if (!isDnsLabel(value)) {
            throw new IllegalArgumentException(what + " must be lower-case letters, digits and '-': " + value);
        }
        return value;
    }

    /** Whether {@code value} is one DNS label, so it cannot change the structure of a host name. */
    static boolean isDnsLabel(String value) {
        return DNS_LABEL.matcher(value).matches();
    }

    /** {@code uri} if it is an http or https URI with a host and without query or fragment. */
    static URI requireHttpUri(URI uri) {
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint must be an http or https URI without query or fragment: " + uri);
        }
        return uri;
    }

    /** Collects the settings of a {@link ScpClientConfiguration}. */
    public static final class Builder {
        private CredentialsProvider credentialsProvider;
        private URI endpointOverride;
        private String region;
        private String environment;
        private String acceptLanguage = DEFAULT_ACCEPT_LANGUAGE;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();
        private Function<String, String> environmentVariables = System::getenv;
        private Path homeDirectory;
        private Integer maxRemainDays;
        private Boolean versionCheck;
        private Duration versionCheckTimeout;
        private final List<ScpInterceptor> interceptors = new ArrayList<>();

        private Builder() {
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.credentialsProvider = credentialsProvider;
            copy.endpointOverride = endpointOverride;
            copy.region = region;
            copy.environment = environment;
            copy.acceptLanguage = acceptLanguage;
            copy.connectTimeout = connectTimeout;
            copy.requestTimeout = requestTimeout;
            copy.retryPolicy = retryPolicy;
            copy.httpClient = httpClient;
            copy.clock = clock;
            copy.sleeper = sleeper;
            copy.random = random;
            copy.environmentVariables = environmentVariables;
            copy.homeDirectory = homeDirectory;
            copy.maxRemainDays = maxRemainDays;
            copy.versionCheck = versionCheck;
            copy.versionCheckTimeout = versionCheckTimeout;
            copy.interceptors.addAll(interceptors);
            return copy;
        }

        /** Uses these credentials (asked first, before the environment and ~/.scpconf). */
        public Builder credentials(ScpCredentials credentials) {
            return credentialsProvider(StaticCredentialsProvider.of(credentials));
        }

        /** Asks this provider first; the environment variables, then ~/.scpconf, are asked when it has nothing. */
        public Builder credentialsProvider(CredentialsProvider credentialsProvider) {
            this.credentialsProvider = Objects.requireNonNull(credentialsProvider, "credentialsProvider");
            return this;
        }

        /** The region, e.g. {@code kr-west1}; default {@value #REGION_VARIABLE}, then config.json's {@code default-region}. */
        public Builder region(String region) {
            this.region = requireDnsLabel("region", region);
            return this;
        }

        /**
         * The environment, e.g. {@code e}; default {@value #ENVIRONMENT_VARIABLE}, then the environment of config.json's
         * {@code auth-url} ({@code https://iam.e.samsungsdscloud.com/...}).
         */
        public Builder environment(String environment) {
            this.environment = requireDnsLabel("environment", environment);
            return this;
        }

        /**
         * Sends every call to this URI (scheme, host, port and an optional base path) instead of the
         * computed endpoint; default {@value #ENDPOINT_URL_VARIABLE}, then config.json's {@code endpoint-override}.
         */
        public Builder endpointOverride(URI endpoint) {
            this.endpointOverride = requireHttpUri(Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /** The {@code Accept-Language} of every call. Default {@value #DEFAULT_ACCEPT_LANGUAGE}. */
        public Builder acceptLanguage(String acceptLanguage) {
            HeaderValues.requireValid(ScpHeaders.ACCEPT_LANGUAGE, Objects.requireNonNull(acceptLanguage, "acceptLanguage"));
            this.acceptLanguage = acceptLanguage;
            return this;
        }

        /** The connect timeout of the default HTTP client. Default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = requirePositive("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long one attempt may take, from sending to the last byte of the response body; the retry policy's
         * total time bounds the whole call. Default 60 s.
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requirePositive("requestTimeout", requestTimeout);
            return this;
        }

        /** When failed calls are repeated. Default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** The HTTP client to send with. Default: a new client with the connect timeout. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** The clock of signing timestamps and retry budgets. Default {@link Clock#systemUTC()}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** What waits between retries. Default {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The random source of backoff jitter. Default {@link ThreadLocalRandom}. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Adds an interceptor that sees every call: it runs after those added before it.
         * See {@link ScpInterceptor} for the hooks and their order.
         */
        public Builder addInterceptor(ScpInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Where {@code SCP_*} variables are looked up, by name; returns {@code null} for unset.
         * Default {@link System#getenv(String)}.
         */
        public Builder environmentVariables(Function<String, String> environmentVariables) {
            this.environmentVariables = Objects.requireNonNull(environmentVariables, "environmentVariables");
            return this;
        }

        /**
         * The home folder whose {@code .scpconf/credentials.json} and {@code .scpconf/config.json} are read. Default:
         * {@code user.home} when {@link #build()} runs.
         */
        public Builder homeDirectory(Path homeDirectory) {
            this.homeDirectory = Objects.requireNonNull(homeDirectory, "homeDirectory");
            return this;
        }

        /**
         * How many days before a version's date the version check warns. Default config.json's
         * {@code max-remain-days}, then {@value #DEFAULT_MAX_REMAIN_DAYS}.
         */
        public Builder maxRemainDays(int maxRemainDays) {
            if (maxRemainDays < 0) {
                throw new IllegalArgumentException("maxRemainDays must not be negative: " + maxRemainDays);
            }
            this.maxRemainDays = maxRemainDays;
            return this;
        }

        /**
         * Whether a client checks its service's version list on its first call, without blocking it. Default
         * config.json's {@code version-check}, then off.
         */
        public Builder versionCheck(boolean versionCheck) {
            this.versionCheck = versionCheck;
            return this;
        }

        /**
         * How long the version check waits for a service's version list. Default config.json's
         * {@code microversion-check-timeout} (seconds), then 10 s.
         */
        public Builder versionCheckTimeout(Duration versionCheckTimeout) {
            this.versionCheckTimeout = requirePositive("versionCheckTimeout", versionCheckTimeout);
            return this;
        }

        /**
         * Builds the configuration, filling unset values from the environment variables, then from
         * {@code ~/.scpconf}.
         *
         * @throws ScpConfigFileException if a file of {@code ~/.scpconf} is malformed
         * @throws IllegalStateException  if no credentials or no endpoint can be found
         */
        public ScpClientConfiguration build() {
            ScpConfigFiles files = ScpConfigFiles.read(
                    homeDirectory != null ? homeDirectory : ScpConfigFiles.defaultHomeDirectory());
            CredentialsProvider credentials = credentialsChain(files);
            if (credentials.resolveCredentials().isEmpty()) {
                throw new IllegalStateException("No SCP credentials found: set the environment variables "
                        + EnvironmentCredentialsProvider.ACCESS_KEY_VARIABLE + " and "
                        + EnvironmentCredentialsProvider.SECRET_KEY_VARIABLE + " (and "
                        + EnvironmentCredentialsProvider.ACCOUNT_ID_VARIABLE
                        + " if calls act on an account), write " + ScpConfigFiles.ACCESS_KEY + " and "
                        + ScpConfigFiles.SECRET_KEY + " to " + files.credentialsFile()
                        + ", or pass credentials to the builder");
            }
            URI endpoint = endpointOverride != null ? endpointOverride : variable(ENDPOINT_URL_VARIABLE)
                    .map(value -> requireHttpUri(URI.create(value))).or(files::endpointOverride).orElse(null);
            String resolvedRegion = region != null ? region : variable(REGION_VARIABLE)
                    .map(value -> requireDnsLabel(REGION_VARIABLE, value)).or(files::defaultRegion).orElse(null);
            String resolvedEnvironment = environment != null ? environment : variable(ENVIRONMENT_VARIABLE)
                    .map(value -> requireDnsLabel(ENVIRONMENT_VARIABLE, value)).or(files::environment).orElse(null);
            // a global service needs no region: a regional one without it fails when its endpoint is asked for
            if (endpoint == null && resolvedEnvironment == null) {
                throw new IllegalStateException("No SCP endpoint: set an environment and, for regional services, a"
                        + " region (or the environment variables " + ENVIRONMENT_VARIABLE + " and " + REGION_VARIABLE
                        + ", or " + ScpConfigFiles.AUTH_URL + " and " + ScpConfigFiles.DEFAULT_REGION + " in "
                        + files.configFile() + "), or an endpoint override (or " + ENDPOINT_URL_VARIABLE + ", or "
                        + ScpConfigFiles.ENDPOINT_OVERRIDE + ")");
            }
            return new ScpClientConfiguration(this, files, credentials, endpoint, resolvedRegion, resolvedEnvironment);
        }

        /** The explicit provider if any, then the environment variables, then ~/.scpconf. */
        private CredentialsProvider credentialsChain(ScpConfigFiles files) {
            List<CredentialsProvider> providers = new ArrayList<>();
            if (credentialsProvider != null) {
                providers.add(credentialsProvider);
            }
            providers.add(EnvironmentCredentialsProvider.create(environmentVariables));
            providers.add(ScpConfCredentialsProvider.of(files));
            return CredentialsProviderChain.of(providers.toArray(CredentialsProvider[]::new));
        }

        private Optional<String> variable(String name) {
            return Optional.ofNullable(environmentVariables.apply(name)).map(String::trim).filter(value -> !value.isEmpty());
        }

        private static Duration requirePositive(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
