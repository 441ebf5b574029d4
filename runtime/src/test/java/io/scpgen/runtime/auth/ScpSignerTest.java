package io.scpgen.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/**
 * Fixed vectors. Each expected value was computed outside Java with
 * {@code printf '%s' "$message" | openssl dgst -sha256 -hmac "$secret" -binary | base64},
 * where message = method + url + timestamp + accessKey + accountId + "Openapi".
 */
class ScpSignerTest {

    @Test
    void signsAGetWithoutQueryOrAccountId() {
        ScpCredentials credentials = ScpCredentials.of("AKIAEXAMPLE", "test-secret-key");

        String signature = ScpSigner.signature("GET",
                "https://virtualserver.kr-west1.e.samsungsdscloud.com/v1/images", "1700000000000", credentials);

        assertThat(signature).isEqualTo("DkLwdWnb9Y4BurUbeyMjNggdh3EqvqMTxuUUnOOS0RY=");
    }

    @Test
    void signsTheEncodedQueryStringAndTheAccountId() {
        ScpCredentials credentials = ScpCredentials.of("AKIAEXAMPLE", "test-secret-key", "acct-1234");

        String signature = ScpSigner.signature("GET",
                "https://virtualserver.kr-west1.e.samsungsdscloud.com/v1/images?limit=20&marker=img-0042&name=web%20server",
                "1700000000123", credentials);

        assertThat(signature).isEqualTo("eNHX3rqkqAKPv2jEST7v7VW5mv77XKw7U3ourqfmVeE=");
    }

    @Test
    void signsPercentEncodedPathAndQueryCharactersAsSent() {
        ScpCredentials credentials = ScpCredentials.of("ak-2", "s3cr3t/with+chars=");

        String signature = ScpSigner.signature("delete",
                "https://virtualserver.kr-east1.s.samsungsdscloud.com/v1/images/..%2Fetc%2Fpasswd%20%25%ED%95%9C"
                        + "?tag=a%2Fb&tag=%ED%95%9C%EA%B8%80",
                "1712345678901", credentials);

        assertThat(signature).isEqualTo("V5fBt1lGNEnhpAKfWy2SXiB6IRws79odwOSZY0yVd7E=");
    }

    @Test
    void signingHeadersCarryTheTimestampTheyWereSignedWith() {
        ScpCredentials credentials = ScpCredentials.of("ak-3", "another-secret", "acct-9");

        assertThat(ScpSigner.signingHeaders("POST", "http://127.0.0.1:8080/v1/servers", 0L, credentials))
                .containsExactly(
                        entry("Scp-AccessKey", "ak-3"),
                        entry("Scp-Timestamp", "0"),
                        entry("Scp-ClientType", "Openapi"),
                        entry("Scp-AccountId", "acct-9"),
                        entry("Scp-Signature", "1DeJ9IBga7fjl6n/BXzEFxjB/kcA91qiges9hQopZP0="));
    }

    @Test
    void omitsTheAccountIdHeaderWhenThereIsNone() {
        assertThat(ScpSigner.signingHeaders("GET", "https://h/v1", 1L, ScpCredentials.of("a", "s")))
                .doesNotContainKey("Scp-AccountId")
                .containsKeys("Scp-AccessKey", "Scp-Timestamp", "Scp-ClientType", "Scp-Signature");
    }
}
