package io.scpgen.runtime.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scpgen.runtime.exception.ScpClientException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScpApiVersionListTest {
    private static final String SOURCE = "GET https://virtualserver.kr-west1.e.samsungsdscloud.com/";

    private static List<ScpApiVersion> parse(String body) {
        return ScpApiVersionList.parse(body.getBytes(StandardCharsets.UTF_8), SOURCE);
    }

    @Test
    void readsIdsStatusesDatesAndSelfLinks() {
        List<ScpApiVersion> versions = parse("{\"versions\":["
                + "{\"id\":\"v1.0\",\"links\":[{\"href\":\"https://h/v1\",\"rel\":\"self\"}],"
                + "\"not_before\":\"2026-05-31\",\"status\":\"DEPRECATED\"},"
                + "{\"id\":\"v1.3\",\"links\":[],\"not_before\":null,\"status\":\"CURRENT\"}]}");

        assertThat(versions).containsExactly(
                ScpApiVersion.fromId("v1.0", ScpApiVersionStatus.DEPRECATED, LocalDate.of(2026, 5, 31),
                        URI.create("https://h/v1")),
                ScpApiVersion.of("1.3", ScpApiVersionStatus.CURRENT, null));
        assertThat(versions.get(0).version()).isEqualTo("1.0");
        assertThat(versions.get(0).link()).contains(URI.create("https://h/v1"));
        assertThat(versions.get(1).notBefore()).isEmpty();
    }

    @Test
    void keepsWhatItCannotReadAsUnknownOrEmpty() {
        List<ScpApiVersion> versions = parse("{\"versions\":[{\"id\":\"2024-beta\",\"status\":\"RETIRED\","
                + "\"not_before\":\"soon\",\"links\":[{\"href\":\"https://h/other\",\"rel\":\"describedby\"}]},"
                + "{\"id\":\"v2.0\",\"status\":\"supported\",\"not_before\":\"2027-01-15T00:00:00Z\"}]}");

        assertThat(versions.get(0).version()).isEqualTo("2024-beta");
        assertThat(versions.get(0).status()).isEqualTo(ScpApiVersionStatus.UNKNOWN);
        assertThat(versions.get(0).notBefore()).isEmpty();
        assertThat(versions.get(0).link()).isEmpty();
        assertThat(versions.get(1).status()).isEqualTo(ScpApiVersionStatus.SUPPORTED);
        assertThat(versions.get(1).notBefore()).contains(LocalDate.of(2027, 1, 15));
    }

    @Test
    void namesTheSourceAndTheExpectedShapeForABodyThatIsNotAList() {
        assertThatThrownBy(() -> parse("<html>maintenance</html>")).isInstanceOf(ScpClientException.class)
                .hasMessage("the version list of " + SOURCE + " is not JSON; expected " + ScpApiVersionList.EXPECTED);
        assertThatThrownBy(() -> parse("{\"version\":[]}")).isInstanceOf(ScpClientException.class)
                .hasMessageContaining("has no \"versions\" array; expected {\"versions\": [{\"id\": \"v1.0\"");
        assertThatThrownBy(() -> parse("{\"versions\":[{\"status\":\"CURRENT\"}]}"))
                .hasMessageContaining("an entry without a text \"id\" at versions[0]");
    }
}
