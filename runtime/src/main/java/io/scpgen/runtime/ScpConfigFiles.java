package io.scpgen.runtime;

import io.scpgen.runtime.auth.ScpCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings SCP's own tools (its Terraform provider among them) keep in a home folder:
 * {@code .scpconf/credentials.json} ({@value #ACCESS_KEY}, {@value #SECRET_KEY}, {@value #AUTH_TOKEN}) and
 * {@code .scpconf/config.json} ({@value #AUTH_URL}, {@value #ENDPOINT_OVERRIDE}, {@value #ACCOUNT_ID},
 * {@value #DEFAULT_REGION}, {@value #MAX_REMAIN_DAYS}, {@value #MICROVERSION_CHECK_TIMEOUT} and scpgen's
 * {@value #VERSION_CHECK}), read and checked once. A missing file has no settings; unknown keys are ignored; a file
 * that is not a JSON object, or a value of the wrong type, is a {@link ScpConfigFileException} naming the file.
 * A credentials file that group or others may read is logged as a warning, once per file.
 */
public final class ScpConfigFiles {
    /** The folder of the two files, inside the home folder. */
    public static final String FOLDER = ".scpconf";
    /** The file of the keys. */
    public static final String CREDENTIALS_FILE = "credentials.json";
    /** The file of the other settings. */
    public static final String CONFIG_FILE = "config.json";

    /** credentials.json: the access key. */
    public static final String ACCESS_KEY = "access-key";
    /** credentials.json: the secret key. */
    public static final String SECRET_KEY = "secret-key";
    /** credentials.json: an auth token, kept as a secret but not sent by this runtime yet. */
    public static final String AUTH_TOKEN = "auth-token";
    /** config.json: the IAM URL, whose host gives the environment ({@code https://iam.e.samsungsdscloud.com/...}). */
    public static final String AUTH_URL = "auth-url";
    /** config.json: an endpoint that replaces the computed one. */
    public static final String ENDPOINT_OVERRIDE = "endpoint-override";
    /** config.json: the account id calls act on, signed with the keys of credentials.json. */
    public static final String ACCOUNT_ID = "account-id";
    /** config.json: the region of regional services. */
    public static final String DEFAULT_REGION = "default-region";
    /** config.json: how many days before a version's date the version check warns. */
    public static final String MAX_REMAIN_DAYS = "max-remain-days";
    /** config.json: how long the version check waits for a service's version list, in seconds. */
    public static final String MICROVERSION_CHECK_TIMEOUT = "microversion-check-timeout";
    /** config.json: whether clients check the service's version list on their first call (scpgen's key). */
    public static final String VERSION_CHECK = "version-check";

    private static final String CREDENTIALS_EXAMPLE =
            "{\"" + ACCESS_KEY + "\": \"...\", \"" + SECRET_KEY + "\": \"...\"}";
    private static final String CONFIG_EXAMPLE =
            "{\"" + DEFAULT_REGION + "\": \"kr-west1\", \"" + ACCOUNT_ID + "\": \"...\"}";
    // an SCP host of a global service, such as IAM: <service>.<environment>.samsungsdscloud.com
    private static final Pattern GLOBAL_SERVICE_HOST = Pattern.compile("[a-z0-9-]+\\.([a-z0-9-]+)\\.samsungsdscloud\\.com");
    private static final System.Logger LOG = System.getLogger(ScpConfigFiles.class.getName());
    private static final Set<Path> WARNED_READABLE = ConcurrentHashMap.newKeySet();

    private final Path credentialsFile;
    private final Path configFile;
    private final ScpCredentials credentials;
    private final URI endpointOverride;
    private final String defaultRegion;
    private final String environment;
    private final Integer maxRemainDays;
    private final Duration versionCheckTimeout;
    private final Boolean versionCheck;

    private ScpConfigFiles(Path folder, Optional<JsonSettingsFile> credentialsJson, Optional<JsonSettingsFile> configJson) {
        this.credentialsFile = folder.resolve(CREDENTIALS_FILE);
        this.configFile = folder.resolve(CONFIG_FILE);
        String accountId = configJson.flatMap(config -> config.string(ACCOUNT_ID)
                .map(id -> requireNoControlCharacters(config, ACCOUNT_ID, id))).orElse(null);
        this.credentials = credentialsJson.flatMap(file -> credentials(file, accountId)).orElse(null);
        this.endpointOverride = configJson.flatMap(ScpConfigFiles::endpointOverride).orElse(null);
        this.defaultRegion = configJson.flatMap(ScpConfigFiles::defaultRegion).orElse(null);
        this.environment = configJson.flatMap(ScpConfigFiles::environmentOfAuthUrl).orElse(null);
        this.maxRemainDays = configJson.map(config -> config.wholeNumber(MAX_REMAIN_DAYS, 0, "90"))
                .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).orElse(null);
        this.versionCheckTimeout = configJson.map(config -> config.wholeNumber(MICROVERSION_CHECK_TIMEOUT, 1, "10"))
                .filter(OptionalInt::isPresent).map(seconds -> Duration.ofSeconds(seconds.getAsInt())).orElse(null);
        this.versionCheck = configJson.flatMap(config -> config.flag(VERSION_CHECK)).orElse(null);
    }

    /**
     * Reads {@code <homeDirectory>/.scpconf/credentials.json} and {@code config.json}; a file that does not exist
     * has no settings.
     *
     * @throws ScpConfigFileException when a file cannot be read, is not a JSON object or holds a value of the wrong
     *                                type; the message names the file and what was expected
     */
    public static ScpConfigFiles read(Path homeDirectory) {
        Path folder = Objects.requireNonNull(homeDirectory, "homeDirectory").resolve(FOLDER);
        Optional<JsonSettingsFile> credentialsJson =
                JsonSettingsFile.readIfPresent(folder.resolve(CREDENTIALS_FILE), CREDENTIALS_EXAMPLE, true);
        credentialsJson.ifPresent(file -> warnIfOthersMayRead(file.file()));
        Optional<JsonSettingsFile> configJson =
                JsonSettingsFile.readIfPresent(folder.resolve(CONFIG_FILE), CONFIG_EXAMPLE, false);
        return new ScpConfigFiles(folder, credentialsJson, configJson);
    }

    /** The user's home folder, {@code user.home}, read when asked (so tests may change it). */
    public static Path defaultHomeDirectory() {
        return Path.of(System.getProperty("user.home"));
    }

    /** Where the keys are read from (it may not exist). */
    public Path credentialsFile() {
        return credentialsFile;
    }

    /** Where the other settings are read from (it may not exist). */
    public Path configFile() {
        return configFile;
    }

    /**
     * The keys of credentials.json with config.json's account id, or empty when credentials.json has neither key
     * (an auth token alone is not enough to sign).
     */
    public Optional<ScpCredentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** config.json's {@value #ENDPOINT_OVERRIDE}. */
    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpointOverride);
    }

    /** config.json's {@value #DEFAULT_REGION}. */
    public Optional<String> defaultRegion() {
        return Optional.ofNullable(defaultRegion);
    }

    /** The environment ({@code s}, {@code g}, {@code e}) of config.json's {@value #AUTH_URL}, when it is an SCP host. */
    public Optional<String> environment() {
        return Optional.ofNullable(environment);
    }

    /** config.json's {@value #MAX_REMAIN_DAYS}. */
    public OptionalInt maxRemainDays() {
        return maxRemainDays == null ? OptionalInt.empty() : OptionalInt.of(maxRemainDays);
    }

    /** config.json's {@value #MICROVERSION_CHECK_TIMEOUT}, a whole number of seconds. */
    public Optional<Duration> versionCheckTimeout() {
        return Optional.ofNullable(versionCheckTimeout);
    }

    /** config.json's {@value #VERSION_CHECK}. */
    public Optional<Boolean> versionCheck() {
        return Optional.ofNullable(versionCheck);
    }

    @Override
    public String toString() {
        return "ScpConfigFiles[" + credentialsFile + ", " + configFile + "]";
    }

    private static Optional<ScpCredentials> credentials(JsonSettingsFile file, String accountId) {
        Optional<String> accessKey = file.string(ACCESS_KEY);
        Optional<String> secretKey = file.string(SECRET_KEY);
        Optional<String> authToken = file.string(AUTH_TOKEN);
        if (accessKey.isEmpty() && secretKey.isEmpty()) {
            return Optional.empty();
        }
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            String missing = accessKey.isEmpty() ? ACCESS_KEY : SECRET_KEY;
            throw file.problem(missing, "missing: expected both " + ACCESS_KEY + " and " + SECRET_KEY);
        }
        requireNoControlCharacters(file, ACCESS_KEY, accessKey.get());
        requireNoControlCharacters(file, SECRET_KEY, secretKey.get());
        authToken.ifPresent(token -> requireNoControlCharacters(file, AUTH_TOKEN, token));
        return Optional.of(ScpCredentials.of(accessKey.get(), secretKey.get(), accountId)
                .withAuthToken(authToken.orElse(null)));
    }

    private static Optional<URI> endpointOverride(JsonSettingsFile config) {
        return config.string(ENDPOINT_OVERRIDE).map(text -> {
            try {
                return ScpClientConfiguration.requireHttpUri(new URI(text));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw config.problem(ENDPOINT_OVERRIDE, "expected an http or https URI without query or fragment"
                        + " (e.g. https://proxy.example:8443), found \"" + text + "\"");
            }
        });
    }

    private static Optional<String> defaultRegion(JsonSettingsFile config) {
        return config.string(DEFAULT_REGION).map(region -> {
            if (!ScpClientConfiguration.isDnsLabel(region)) {
                throw config.problem(DEFAULT_REGION, "expected a region of lower-case letters, digits and '-' (e.g."
                        + " kr-west1), found \"" + region + "\"");
            }
            return region;
        });
    }

    /** The rule for a Terraform user's setup: {@code auth-url} {@code https://iam.e.samsungsdscloud.com/v1/...} is in environment {@code e}. */
    private static Optional<String> environmentOfAuthUrl(JsonSettingsFile config) {
        return config.string(AUTH_URL).flatMap(text -> {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw config.problem(AUTH_URL, "expected a URI (e.g. https://iam.e.samsungsdscloud.com), found \""
                        + text + "\"");
            }
            Matcher host = GLOBAL_SERVICE_HOST.matcher(uri.getHost() == null ? "" : uri.getHost());
            return host.matches() ? Optional.of(host.group(1)) : Optional.empty();
        });
    }

    private static String requireNoControlCharacters(JsonSettingsFile file, String key, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw file.problem(key, "must not contain control characters");
        }
        return value;
    }

    private static void warnIfOthersMayRead(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no POSIX permissions on this file system
        }
        if ((permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ))
                && WARNED_READABLE.add(file.toAbsolutePath())) {
            LOG.log(System.Logger.Level.WARNING, "{0} holds SCP keys and may be read by group or others ({1}):"
                    + " run chmod 600 {0}", file, PosixFilePermissions.toString(permissions));
        }
    }
}
