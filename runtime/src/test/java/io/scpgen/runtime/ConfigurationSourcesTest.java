package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.auth.ScpSigner;
import io.scpgen.runtime.testing.FakeHome;
import io.scpgen.runtime.testing.LoopbackServer;
import io.scpgen.runtime.testing.LoopbackServer.RecordedRequest;
import io.scpgen.runtime.testing.MutableClock;
import io.scpgen.runtime.testing.TestModels.ImageListResponse;
import io.scpgen.runtime.testing.TestSetup;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each value from the first source that has it: the builder, the environment variables, then ~/.scpconf. */
class ConfigurationSourcesTest {
    private static final String FILE_SECRET = "file-SeCrEt-5Kw";

    private final Map<String, String> env = new HashMap<>();
    @TempDir
    Path homeFolder;
    private FakeHome home;

    @BeforeEach
    void createHome() {
        home = new FakeHome(homeFolder);
    }

    private ScpClientConfiguration.Builder builder() {
        return ScpClientConfiguration.builder().environmentVariables(env::get).homeDirectory(homeFolder);
    }

    private void writeFileCredentials() {
        home.credentials("{\"access-key\": \"file-ak\", \"secret-key\": \"" + FILE_SECRET + "\"}");
    }

    private void writeEnvironmentCredentials() {
        env.put("SCP_ACCESS_KEY", "env-ak");
        env.put("SCP_SECRET_KEY", "env-secret");
    }

    private static ScpCredentials credentials(ScpClientConfiguration configuration) {
        return configuration.credentialsProvider().resolveCredentials().orElseThrow();
    }

    @Test
    void aHomeWithBothFilesDrivesACallSignedWithTheFilesKeys() {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(200, "{\"images\":[],\"count\":0}");
            writeFileCredentials();
            home.config("{\"endpoint-override\": \"" + server.baseUri() + "\", \"account-id\": \"file-acct\"}");
            ScpClientConfiguration configuration = builder().clock(new MutableClock(TestSetup.START)).build();

            ScpClientHandler.create("virtualserver", configuration)
                    .execute(ScpRequest.builder(HttpMethod.GET, "/v1/images", ImageListResponse.class)
                            .apiVersion("1.3").queryParameter("limit", 2).build());

            RecordedRequest request = server.onlyRequest();
            assertThat(request.header("Scp-AccessKey")).isEqualTo("file-ak");
            assertThat(request.header("Scp-AccountId")).isEqualTo("file-acct");
            assertThat(request.header("Scp-Signature")).isEqualTo(ScpSigner.signature("GET",
                    server.baseUri() + "/v1/images?limit=2", String.valueOf(TestSetup.START.toEpochMilli()),
                    ScpCredentials.of("file-ak", FILE_SECRET, "file-acct")));
        }
    }

    @Test
    void aTerraformSetupGivesTheServiceEndpointFromAuthUrlAndDefaultRegion() {
        writeFileCredentials();
        home.config("{\"auth-url\": \"https://iam.e.samsungsdscloud.com/v1/endpoints\", \"default-region\": \"kr-west1\","
                + " \"endpoint-override\": \"\"}");

        ScpClientConfiguration configuration = builder().build();

        assertThat(configuration.endpointFor("virtualserver"))
                .isEqualTo(URI.create("https://virtualserver.kr-west1.e.samsungsdscloud.com"));
        assertThat(configuration.endpointFor("product", false)).isEqualTo(URI.create("https://product.e.samsungsdscloud.com"));
    }

    @Test
    void keysComeFromTheBuilderThenTheEnvironmentThenTheFiles() {
        writeFileCredentials();
        env.put("SCP_ENDPOINT_URL", "http://127.0.0.1:9");
        assertThat(credentials(builder().build()).accessKey()).isEqualTo("file-ak");

        writeEnvironmentCredentials();
        assertThat(credentials(builder().build()).accessKey()).isEqualTo("env-ak");

        assertThat(credentials(builder().credentials(ScpCredentials.of("explicit-ak", "explicit-secret")).build())
                .accessKey()).isEqualTo("explicit-ak");
    }

    @Test
    void anAccountIdComesWithTheKeysOfItsSource() {
        writeFileCredentials();
        home.config("{\"account-id\": \"file-acct\", \"endpoint-override\": \"http://127.0.0.1:9\"}");
        assertThat(credentials(builder().build()).accountId()).contains("file-acct");

        writeEnvironmentCredentials(); // keys without SCP_ACCOUNT_ID: the file's account id is not theirs
        assertThat(credentials(builder().build()).accountId()).isEmpty();

        env.put("SCP_ACCOUNT_ID", "env-acct");
        assertThat(credentials(builder().build()).accountId()).contains("env-acct");

        assertThat(credentials(builder().credentials(ScpCredentials.of("explicit-ak", "s", "explicit-acct")).build())
                .accountId()).contains("explicit-acct");
    }

    @Test
    void theRegionComesFromTheBuilderThenSCP_REGIONThenDefaultRegion() {
        writeFileCredentials();
        home.config("{\"default-region\": \"kr-west1\", \"auth-url\": \"https://iam.e.samsungsdscloud.com\"}");
        assertThat(builder().build().region()).contains("kr-west1");

        env.put("SCP_REGION", "kr-east1");
        assertThat(builder().build().region()).contains("kr-east1");

        assertThat(builder().region("kr-south1").build().region()).contains("kr-south1");
    }

    @Test
    void theEnvironmentComesFromTheBuilderThenSCP_ENVIRONMENTThenAuthUrl() {
        writeFileCredentials();
        home.config("{\"auth-url\": \"https://iam.e.samsungsdscloud.com/v1/endpoints\"}");
        assertThat(builder().build().environment()).contains("e");

        env.put("SCP_ENVIRONMENT", "g");
        assertThat(builder().build().environment()).contains("g");

        assertThat(builder().environment("s").build().environment()).contains("s");
    }

    @Test
    void theEndpointComesFromTheBuilderThenSCP_ENDPOINT_URLThenEndpointOverride() {
        writeFileCredentials();
        home.config("{\"endpoint-override\": \"https://file.example\"}");
        assertThat(builder().build().endpointFor("virtualserver")).isEqualTo(URI.create("https://file.example"));

        env.put("SCP_ENDPOINT_URL", "https://env.example");
        assertThat(builder().build().endpointFor("virtualserver")).isEqualTo(URI.create("https://env.example"));

        assertThat(builder().endpointOverride(URI.create("https://explicit.example")).build().endpointFor("virtualserver"))
                .isEqualTo(URI.create("https://explicit.example"));
    }

    @Test
    void versionCheckSettingsComeFromTheBuilderThenConfigJsonThenTheDefaults() {
        writeFileCredentials();
        home.config("{\"endpoint-override\": \"http://127.0.0.1:9\"}");
        ScpClientConfiguration defaults = builder().build();
        assertThat(defaults.versionCheck()).isFalse();
        assertThat(defaults.maxRemainDays()).isEqualTo(90);
        assertThat(defaults.versionCheckTimeout()).isEqualTo(Duration.ofSeconds(10));

        home.config("{\"endpoint-override\": \"http://127.0.0.1:9\", \"version-check\": true, \"max-remain-days\": 30,"
                + " \"microversion-check-timeout\": 3}");
        ScpClientConfiguration fromFile = builder().build();
        assertThat(fromFile.versionCheck()).isTrue();
        assertThat(fromFile.maxRemainDays()).isEqualTo(30);
        assertThat(fromFile.versionCheckTimeout()).isEqualTo(Duration.ofSeconds(3));

        ScpClientConfiguration explicit = builder().versionCheck(false).maxRemainDays(7)
                .versionCheckTimeout(Duration.ofMillis(500)).build();
        assertThat(explicit.versionCheck()).isFalse();
        assertThat(explicit.maxRemainDays()).isEqualTo(7);
        assertThat(explicit.versionCheckTimeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aMalformedFileFailsTheBuildEvenWhenTheBuilderHasEveryValue() {
        Path file = home.config("{\"max-remain-days\": \"ninety\"}");

        assertThatThrownBy(() -> builder().credentials(ScpCredentials.of("ak", "sk"))
                .endpointOverride(URI.create("http://127.0.0.1:9")).build())
                .isInstanceOf(ScpConfigFileException.class)
                .hasMessage(file + ": max-remain-days: expected a whole number of at least 0 (e.g. 90), found \"ninety\"");
    }

    @Test
    void theConfigurationNamesTheFileItsCredentialsCameFrom() {
        writeFileCredentials();
        env.put("SCP_ENDPOINT_URL", "http://127.0.0.1:9");

        assertThat(builder().build().toString())
                .contains("ScpConfCredentialsProvider[" + homeFolder.resolve(".scpconf/credentials.json") + "]")
                .doesNotContain(FILE_SECRET);
    }
}
