package io.scpgen.runtime.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads credentials from the environment variables {@value #ACCESS_KEY_VARIABLE},
 * {@value #SECRET_KEY_VARIABLE} and optionally {@value #ACCOUNT_ID_VARIABLE}. Blank values count
 * as unset.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    /** The variable holding the access key. */
    public static final String ACCESS_KEY_VARIABLE = "SCP_ACCESS_KEY";
    /** The variable holding the secret key. */
    public static final String SECRET_KEY_VARIABLE = "SCP_SECRET_KEY";
    /** The variable holding the account id. */
    public static final String ACCOUNT_ID_VARIABLE = "SCP_ACCOUNT_ID";

    private final Function<String, String> environment;

    private EnvironmentCredentialsProvider(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** A provider reading the process environment. */
    public static EnvironmentCredentialsProvider create() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /** A provider reading variables through {@code environment} (a name-to-value lookup). */
    public static EnvironmentCredentialsProvider create(Function<String, String> environment) {
        return new EnvironmentCredentialsProvider(environment);
    }

    @Override
    public Optional<ScpCredentials> resolveCredentials() {
        Optional<String> accessKey = variable(ACCESS_KEY_VARIABLE);
        Optional<String> secretKey = variable(SECRET_KEY_VARIABLE);
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ScpCredentials.of(accessKey.get(), secretKey.get(),
                variable(ACCOUNT_ID_VARIABLE).orElse(null)));
    }

    /** A variable's value without surrounding space (a line end pasted with it would break every signature). */
    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.apply(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider[" + ACCESS_KEY_VARIABLE + ", " + SECRET_KEY_VARIABLE + ", "
                + ACCOUNT_ID_VARIABLE + "]";
    }
}
