package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.interceptor.ScpInterceptor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScpClientConfigurationTest {
    private final Map<String, String> env = new HashMap<>();
    @TempDir
    Path home;

    private ScpClientConfiguration.Builder builder() {
        return ScpClientConfiguration.builder().environmentVariables(env::get).homeDirectory(home);
    }

    private void setEnvironmentCredentials() {
        env.put("SCP_ACCESS_KEY", "env-ak");
        env.put("SCP_SECRET_KEY", "env-secret");
        env.put("SCP_ACCOUNT_ID", "env-acct");
    }

    @Test
    void readsCredentialsAndEndpointFromTheEnvironment() {
        setEnvironmentCredentials();
        env.put("SCP_REGION", "kr-west1");
        env.put("SCP_ENVIRONMENT", "e");

        ScpClientConfiguration configuration = builder().build();

        assertThat(configuration.credentialsProvider().resolveCredentials())
                .contains(ScpCredentials.of("env-ak", "env-secret", "env-acct"));
        assertThat(configuration.endpointFor("virtualserver"))
                .isEqualTo(URI.create("https://virtualserver.kr-west1.e.samsungsdscloud.com"));
    }

    @Test
    void toBuilderStartsFromTheGivenSettingsAndAddsToThem() {
        ScpInterceptor first = new ScpInterceptor() { };
        ScpInterceptor second = new ScpInterceptor() { };
        ScpClientConfiguration original = builder().credentials(ScpCredentials.of("ak", "sk")).region("kr-east1")
                .environment("s").requestTimeout(Duration.ofSeconds(7)).addInterceptor(first).build();

        ScpClientConfiguration copy = original.toBuilder().addInterceptor(second).build();

        assertThat(copy.interceptors()).containsExactly(first, second);
        assertThat(original.interceptors()).containsExactly(first);
        assertThat(copy.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(copy.endpointFor("virtualserver")).isEqualTo(original.endpointFor("virtualserver"));
        assertThat(copy.credentialsProvider().resolveCredentials()).contains(ScpCredentials.of("ak", "sk"));
    }

    @Test
    void explicitCredentialsComeBeforeTheEnvironment() {
        setEnvironmentCredentials();

        ScpClientConfiguration configuration = builder()
                .credentials(ScpCredentials.of("explicit-ak", "explicit-secret"))
                .region("kr-east1").environment("s")
                .build();

        assertThat(configuration.credentialsProvider().resolveCredentials().orElseThrow().accessKey())
                .isEqualTo("explicit-ak");
    }

    @Test
    void anExplicitProviderWithoutCredentialsFallsBackToTheEnvironment() {
        setEnvironmentCredentials();

        ScpClientConfiguration configuration = builder().credentialsProvider(Optional::empty)
                .region("kr-east1").environment("s").build();

        assertThat(configuration.credentialsProvider().resolveCredentials().orElseThrow().accessKey())
                .isEqualTo("env-ak");
    }

    @Test
    void missingCredentialsFailAtBuildTimeNamingTheVariables() {
        assertThatThrownBy(() -> builder().region("kr-west1").environment("e").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("SCP_ACCESS_KEY", "SCP_SECRET_KEY", "SCP_ACCOUNT_ID",
                        "access-key and secret-key to " + home.resolve(".scpconf/credentials.json"));
    }

    @Test
    void missingEndpointFailsAtBuildTimeNamingTheVariables() {
        setEnvironmentCredentials();
        env.put("SCP_REGION", "kr-west1"); // a region alone makes no endpoint: the environment is missing

        assertThatThrownBy(() -> builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("SCP_REGION", "SCP_ENVIRONMENT", "SCP_ENDPOINT_URL",
                        "auth-url and default-region in " + home.resolve(".scpconf/config.json"), "endpoint-override");
    }

    @Test
    void aGlobalServiceHasNoRegionInItsEndpointAndNeedsNone() {
        setEnvironmentCredentials();
        env.put("SCP_ENVIRONMENT", "e");

        ScpClientConfiguration configuration = builder().build();

        assertThat(configuration.endpointFor("product", false))
                .isEqualTo(URI.create("https://product.e.samsungsdscloud.com"));
        assertThat(builder().region("kr-west1").build().endpointFor("product", false))
                .isEqualTo(URI.create("https://product.e.samsungsdscloud.com"));
        assertThatThrownBy(() -> configuration.endpointFor("virtualserver"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("No SCP region for virtualserver", "SCP_REGION", "SCP_ENDPOINT_URL");
        assertThatThrownBy(() -> ScpClientHandler.create("virtualserver", configuration))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ScpClientHandler.create("product", false, configuration).endpoint())
                .isEqualTo(URI.create("https://product.e.samsungsdscloud.com"));
    }

    @Test
    void explicitRegionAndEnvironmentOverrideTheVariables() {
        setEnvironmentCredentials();
        env.put("SCP_REGION", "kr-west1");
        env.put("SCP_ENVIRONMENT", "e");

        ScpClientConfiguration configuration = builder().region("kr-south1").environment("g").build();

        assertThat(configuration.endpointFor("blockstorage"))
                .isEqualTo(URI.create("https://blockstorage.kr-south1.g.samsungsdscloud.com"));
    }

    @Test
    void endpointUrlVariableOverridesTheTemplate() {
        setEnvironmentCredentials();
        env.put("SCP_REGION", "kr-west1");
        env.put("SCP_ENVIRONMENT", "e");
        env.put("SCP_ENDPOINT_URL", "http://127.0.0.1:9999/proxy");

        assertThat(builder().build().endpointFor("virtualserver")).isEqualTo(URI.create("http://127.0.0.1:9999/proxy"));
    }

    @Test
    void explicitEndpointOverridesTheVariable() {
        setEnvironmentCredentials();
        env.put("SCP_ENDPOINT_URL", "http://127.0.0.1:9999");

        ScpClientConfiguration configuration = builder().endpointOverride(URI.create("https://proxy.example")).build();

        assertThat(configuration.endpointFor("virtualserver")).isEqualTo(URI.create("https://proxy.example"));
    }

    @Test
    void defaultsMatchTheDocumentedValues() {
        setEnvironmentCredentials();

        ScpClientConfiguration configuration = builder().region("kr-west1").environment("e").build();

        assertThat(configuration.acceptLanguage()).isEqualTo("en-US");
        assertThat(configuration.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(configuration.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(configuration.retryPolicy().maxAttempts()).isEqualTo(3);
        assertThat(configuration.httpClient().connectTimeout()).contains(Duration.ofSeconds(10));
        assertThat(configuration.versionCheck()).isFalse();
        assertThat(configuration.maxRemainDays()).isEqualTo(90);
        assertThat(configuration.versionCheckTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(configuration.userAgent())
                .matches("scpgen/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? java/" + System.getProperty("java.version").replace(".", "\\."));
    }

    @Test
    void rejectsNamesThatWouldChangeTheHost() {
        assertThatThrownBy(() -> builder().region("kr-west1.evil.com/"))
                .isInstanceOf(IllegalArgumentException.class);
        setEnvironmentCredentials();
        ScpClientConfiguration configuration = builder().region("kr-west1").environment("e").build();
        assertThatThrownBy(() -> configuration.endpointFor("virtualserver.attacker.com#"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnEndpointThatIsNotHttp() {
        assertThatThrownBy(() -> builder().endpointOverride(URI.create("ftp://host")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnAcceptLanguageWithALineBreak() {
        assertThatThrownBy(() -> builder().acceptLanguage("ko-KR\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
