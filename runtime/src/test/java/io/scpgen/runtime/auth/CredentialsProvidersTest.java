package io.scpgen.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialsProvidersTest {
    private static final String SECRET = "very-secret-value-123";

    @Test
    void environmentProviderReadsTheThreeVariables() {
        Map<String, String> env = Map.of("SCP_ACCESS_KEY", "ak", "SCP_SECRET_KEY", SECRET, "SCP_ACCOUNT_ID", "acct");

        assertThat(EnvironmentCredentialsProvider.create(env::get).resolveCredentials())
                .contains(ScpCredentials.of("ak", SECRET, "acct"));
    }

    @Test
    void environmentProviderTrimsEveryVariable() {
        Map<String, String> env = Map.of("SCP_ACCESS_KEY", " ak\n", "SCP_SECRET_KEY", SECRET + "\n",
                "SCP_ACCOUNT_ID", "acct\n");

        assertThat(EnvironmentCredentialsProvider.create(env::get).resolveCredentials())
                .contains(ScpCredentials.of("ak", SECRET, "acct"));
    }

    @Test
    void environmentProviderTreatsBlankValuesAsUnset() {
        Map<String, String> env = Map.of("SCP_ACCESS_KEY", "ak", "SCP_SECRET_KEY", "  ");

        assertThat(EnvironmentCredentialsProvider.create(env::get).resolveCredentials()).isEmpty();
    }

    @Test
    void chainUsesTheFirstProviderThatHasCredentials() {
        ScpCredentials second = ScpCredentials.of("second", SECRET);
        CredentialsProviderChain chain = CredentialsProviderChain.of(Optional::empty,
                StaticCredentialsProvider.of(second), StaticCredentialsProvider.of(ScpCredentials.of("third", SECRET)));

        assertThat(chain.resolveCredentials()).contains(second);
    }

    @Test
    void toStringShowsTheAccessKeyButNeverTheSecret() {
        ScpCredentials credentials = ScpCredentials.of("AK-visible", SECRET, "acct-1");

        assertThat(credentials.toString()).contains("AK-visible", "acct-1").doesNotContain(SECRET);
        assertThat(StaticCredentialsProvider.of(credentials).toString()).doesNotContain(SECRET);
        assertThat(CredentialsProviderChain.of(StaticCredentialsProvider.of(credentials)).toString())
                .doesNotContain(SECRET);
    }

    @Test
    void rejectsLineBreaksWithoutEchoingTheValue() {
        assertThatThrownBy(() -> ScpCredentials.of("ak", SECRET + "\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secretKey must not contain control characters");
    }

    @Test
    void anAuthTokenIsKeptAndComparedButNeverShown() {
        ScpCredentials withToken = ScpCredentials.of("ak", SECRET, "acct").withAuthToken("token-Zz9");

        assertThat(withToken.authToken()).contains("token-Zz9");
        assertThat(withToken).isNotEqualTo(ScpCredentials.of("ak", SECRET, "acct"))
                .isEqualTo(ScpCredentials.of("ak", SECRET, "acct").withAuthToken("token-Zz9"));
        assertThat(withToken).hasToString("ScpCredentials[accessKey=ak, accountId=acct, secretKey=<hidden>,"
                + " authToken=<hidden>]");
        assertThat(withToken.withAuthToken(" ").authToken()).isEmpty();
        assertThatThrownBy(() -> withToken.withAuthToken("token-Zz9\n"))
                .hasMessage("authToken must not contain control characters");
    }

    @Test
    void blankAccountIdMeansNone() {
        assertThat(ScpCredentials.of("ak", SECRET, " ").accountId()).isEmpty();
    }
}
