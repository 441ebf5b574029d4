package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.scpgen.runtime.auth.ScpConfCredentialsProvider;
import io.scpgen.runtime.auth.ScpCredentials;
import io.scpgen.runtime.testing.CapturedLog;
import io.scpgen.runtime.testing.FakeHome;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScpConfigFilesTest {
    private static final String SECRET = "file-SeCrEt-7Qx";
    private static final String TOKEN = "file-ToKeN-3Zy";

    @TempDir
    Path homeFolder;
    private FakeHome home;

    @BeforeEach
    void createHome() {
        home = new FakeHome(homeFolder);
    }

    @Test
    void readsEveryKeyOfBothFiles() {
        home.credentials("{\"access-key\": \"file-ak\", \"secret-key\": \"" + SECRET + "\", \"auth-token\": \""
                + TOKEN + "\"}");
        home.config("""
                {
                  "auth-url": "https://iam.e.samsungsdscloud.com/v1/endpoints",
                  "endpoint-override": "http://127.0.0.1:8080/proxy",
                  "account-id": "file-acct",
                  "default-region": "kr-west1",
                  "max-remain-days": 30,
                  "microversion-check-timeout": 4,
                  "version-check": true
                }
                """);

        ScpConfigFiles files = ScpConfigFiles.read(homeFolder);

        assertThat(files.credentials()).contains(ScpCredentials.of("file-ak", SECRET, "file-acct").withAuthToken(TOKEN));
        assertThat(files.credentials().orElseThrow().authToken()).contains(TOKEN);
        assertThat(files.endpointOverride()).contains(URI.create("http://127.0.0.1:8080/proxy"));
        assertThat(files.defaultRegion()).contains("kr-west1");
        assertThat(files.environment()).contains("e");
        assertThat(files.maxRemainDays()).hasValue(30);
        assertThat(files.versionCheckTimeout()).contains(Duration.ofSeconds(4));
        assertThat(files.versionCheck()).contains(true);
        assertThat(files.credentialsFile()).isEqualTo(homeFolder.resolve(".scpconf/credentials.json"));
        assertThat(files.configFile()).isEqualTo(homeFolder.resolve(".scpconf/config.json"));
    }

    @Test
    void missingFilesHaveNoSettings() {
        ScpConfigFiles files = ScpConfigFiles.read(homeFolder);

        assertThat(files.credentials()).isEmpty();
        assertThat(files.endpointOverride()).isEmpty();
        assertThat(files.defaultRegion()).isEmpty();
        assertThat(files.environment()).isEmpty();
        assertThat(files.maxRemainDays()).isEmpty();
        assertThat(files.versionCheckTimeout()).isEmpty();
        assertThat(files.versionCheck()).isEmpty();
    }

    @Test
    void unknownKeysAreIgnoredAndEmptyOrNullValuesAreUnset() {
        // SCP's tools write every key, leaving the unused ones empty, and may add keys of their own
        home.credentials("{\"access-key\": \" file-ak\\n\", \"secret-key\": \"" + SECRET + "\", \"auth-token\": \"\","
                + " \"profile\": {\"nested\": [1, 2]}}");
        home.config("{\"auth-url\": \"\", \"endpoint-override\": \"\", \"account-id\": null, \"default-region\": \" \","
                + " \"max-remain-days\": \"\", \"version-check\": null, \"terraform-only\": 3}");

        ScpConfigFiles files = ScpConfigFiles.read(homeFolder);

        assertThat(files.credentials()).contains(ScpCredentials.of("file-ak", SECRET));
        assertThat(files.credentials().orElseThrow().authToken()).isEmpty();
        assertThat(files.endpointOverride()).isEmpty();
        assertThat(files.defaultRegion()).isEmpty();
        assertThat(files.environment()).isEmpty();
        assertThat(files.maxRemainDays()).isEmpty();
        assertThat(files.versionCheck()).isEmpty();
    }

    @Test
    void numbersAndFlagsMayBeWrittenAsStrings() {
        home.config("{\"max-remain-days\": \"45\", \"microversion-check-timeout\": \"3\", \"version-check\": \"false\"}");

        ScpConfigFiles files = ScpConfigFiles.read(homeFolder);

        assertThat(files.maxRemainDays()).hasValue(45);
        assertThat(files.versionCheckTimeout()).contains(Duration.ofSeconds(3));
        assertThat(files.versionCheck()).contains(false);
    }

    @Test
    void theEnvironmentComesFromAnAuthUrlOnAnScpHostOnly() {
        home.config("{\"auth-url\": \"https://iam.s.samsungsdscloud.com/v1/endpoints\"}");
        assertThat(ScpConfigFiles.read(homeFolder).environment()).contains("s");

        home.config("{\"auth-url\": \"https://iam-proxy.example.com/v1/endpoints\"}");
        assertThat(ScpConfigFiles.read(homeFolder).environment()).isEmpty();
    }

    @Test
    void anAuthTokenWithoutKeysGivesNoCredentials() {
        home.credentials("{\"auth-token\": \"" + TOKEN + "\"}");

        assertThat(ScpConfigFiles.read(homeFolder).credentials()).isEmpty();
    }

    @Test
    void oneKeyWithoutTheOtherIsAnError() {
        Path file = home.credentials("{\"access-key\": \"file-ak\"}");

        assertThatThrownBy(() -> ScpConfigFiles.read(homeFolder))
                .isInstanceOf(ScpConfigFileException.class)
                .hasMessage(file + ": secret-key: missing: expected both access-key and secret-key");
    }

    @Test
    void invalidJsonNamesTheFileTheLineAndTheColumn() {
        Path file = home.config("{\n  \"default-region\": \"kr-west1\",\n  \"account-id\" \"acct\"\n}");

        ScpConfigFileException error = catchThrowableOfType(ScpConfigFileException.class,
                () -> ScpConfigFiles.read(homeFolder));

        assertThat(error.file()).isEqualTo(file);
        assertThat(error).hasMessageStartingWith(file + ": not valid JSON at line 3, column 16 (Unexpected character")
                .hasMessageEndingWith("expected a JSON object such as {\"default-region\": \"kr-west1\","
                        + " \"account-id\": \"...\"}");
    }

    @Test
    void invalidJsonInTheCredentialsFileNeverQuotesItsContent() {
        Path file = home.credentials("{\"access-key\": \"file-ak\",\n \"secret-key\": " + SECRET + "}");

        assertThatThrownBy(() -> ScpConfigFiles.read(homeFolder))
                .isInstanceOf(ScpConfigFileException.class)
                .hasMessage(file + ": not valid JSON at line 2, column 16: expected a JSON object such as"
                        + " {\"access-key\": \"...\", \"secret-key\": \"...\"}")
                .hasNoCause();
    }

    @Test
    void trailingContentIsInvalidJson() {
        Path file = home.config("{\"default-region\": \"kr-west1\"} {}");

        assertThatThrownBy(() -> ScpConfigFiles.read(homeFolder))
                .hasMessageStartingWith(file + ": not valid JSON at line 1, column");
    }

    @ParameterizedTest(name = "{index}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            []                                        | expected a JSON object such as {"default-region": "kr-west1", "account-id": "..."}, found an array
            ''                                        | is empty: expected a JSON object such as {"default-region": "kr-west1", "account-id": "..."}
            {"default-region": 5}                     | default-region: expected a string, found 5
            {"default-region": "KR West"}             | default-region: expected a region of lower-case letters, digits and '-' (e.g. kr-west1), found "KR West"
            {"endpoint-override": "ftp://host"}       | endpoint-override: expected an http or https URI without query or fragment (e.g. https://proxy.example:8443), found "ftp://host"
            {"endpoint-override": "http://h/?q=1"}    | endpoint-override: expected an http or https URI without query or fragment (e.g. https://proxy.example:8443), found "http://h/?q=1"
            {"auth-url": "https://iam e"}             | auth-url: expected a URI (e.g. https://iam.e.samsungsdscloud.com), found "https://iam e"
            {"account-id": ["a"]}                     | account-id: expected a string, found ["a"]
            {"max-remain-days": "soon"}               | max-remain-days: expected a whole number of at least 0 (e.g. 90), found "soon"
            {"max-remain-days": -1}                   | max-remain-days: expected a whole number of at least 0 (e.g. 90), found -1
            {"max-remain-days": 1.5}                  | max-remain-days: expected a whole number of at least 0 (e.g. 90), found 1.5
            {"microversion-check-timeout": 0}         | microversion-check-timeout: expected a whole number of at least 1 (e.g. 10), found 0
            {"version-check": "yes"}                  | version-check: expected true or false, found "yes"
            """)
    void aWrongValueInTheConfigFileNamesTheFileTheKeyAndWhatWasExpected(String json, String problem) {
        Path file = home.config(json);

        assertThatThrownBy(() -> ScpConfigFiles.read(homeFolder))
                .isInstanceOf(ScpConfigFileException.class)
                .hasMessage(file + ": " + problem);
    }

    @Test
    void aWrongTypeInTheCredentialsFileNamesTheKeyButNeverTheValue() {
        Path file = home.credentials("{\"access-key\": \"file-ak\", \"secret-key\": 918273645}");

        assertThatThrownBy(() -> ScpConfigFiles.read(homeFolder))
                .hasMessage(file + ": secret-key: expected a string, found a number");
        home.credentials("{\"access-key\": \"file-ak\", \"secret-key\": \"" + SECRET + "\\u0007x\"}");
        assertThatThrownBy(() -> ScpConfigFiles.read(homeFolder))
                .hasMessage(file + ": secret-key: must not contain control characters");
    }

    @Test
    void aFileThatCannotBeReadIsAnError() throws Exception {
        Path folder = Files.createDirectories(homeFolder.resolve(".scpconf/credentials.json"));

        assertThatThrownBy(() -> ScpConfigFiles.read(homeFolder))
                .isInstanceOf(ScpConfigFileException.class)
                .hasMessageStartingWith(folder + ": cannot be read (");
    }

    @Test
    void aCredentialsFileOthersMayReadIsWarnedAboutOnceWithoutItsContent() {
        assumeThat(FakeHome.hasPosixPermissions()).as("a file system with POSIX permissions").isTrue();
        Path file = home.credentials("{\"access-key\": \"file-ak\", \"secret-key\": \"" + SECRET + "\"}");
        FakeHome.permissions(file, "rw-r--r--");

        try (CapturedLog log = CapturedLog.at(System.Logger.Level.TRACE)) {
            ScpConfigFiles.read(homeFolder);
            ScpConfigFiles.read(homeFolder);

            assertThat(log.lines()).extracting(CapturedLog.Line::logger, CapturedLog.Line::level)
                    .containsExactly(tuple(ScpConfigFiles.class.getName(), System.Logger.Level.WARNING));
            assertThat(log.lines().get(0).message()).contains(file + " holds SCP keys and may be read by group or others"
                    + " (rw-r--r--): run chmod 600 " + file).doesNotContain(SECRET);
        }
    }

    @Test
    void aCredentialsFileOnlyItsOwnerMayReadIsNotWarnedAbout() {
        assumeThat(FakeHome.hasPosixPermissions()).as("a file system with POSIX permissions").isTrue();
        home.credentials("{\"access-key\": \"file-ak\", \"secret-key\": \"" + SECRET + "\"}"); // rw-------

        try (CapturedLog log = CapturedLog.at(System.Logger.Level.TRACE)) {
            ScpConfigFiles.read(homeFolder);

            assertThat(log.lines()).isEmpty();
        }
    }

    @Test
    void theProviderAndItsCredentialsNeverShowTheSecretOrTheToken() {
        Path file = home.credentials("{\"access-key\": \"file-ak\", \"secret-key\": \"" + SECRET + "\", \"auth-token\": \""
                + TOKEN + "\"}");

        ScpConfCredentialsProvider provider = ScpConfCredentialsProvider.create(homeFolder);

        assertThat(provider).hasToString("ScpConfCredentialsProvider[" + file + "]");
        assertThat(provider.resolveCredentials().orElseThrow())
                .hasToString("ScpCredentials[accessKey=file-ak, accountId=none, secretKey=<hidden>, authToken=<hidden>]");
    }
}
