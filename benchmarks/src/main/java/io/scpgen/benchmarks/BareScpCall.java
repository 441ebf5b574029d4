package io.scpgen.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An SCP call written by hand with java.net.http and Jackson, doing what the SDK does: sign
 * method + url + timestamp + access key + account id + "Openapi" with HMAC-SHA256, set the same
 * headers, write the JSON body if any, send, check the status and parse the response.
 */
final class BareScpCall {
    private final HttpClient httpClient;
    private final String userAgent;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    BareScpCall(HttpClient httpClient, String userAgent) {
        this.httpClient = httpClient;
        this.userAgent = userAgent;
    }

    <T> T send(String method, String url, Object body, Class<T> responseType) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", "en-US")
                .header("User-Agent", userAgent)
                .header("Scp-Api-Version", "virtualserver 1.3")
                .header("Scp-AccessKey", Keys.ACCESS_KEY)
                .header("Scp-Timestamp", timestamp)
                .header("Scp-ClientType", "Openapi")
                .header("Scp-AccountId", Keys.ACCOUNT_ID)
                .header("Scp-Signature", sign(method + url + timestamp + Keys.ACCESS_KEY + Keys.ACCOUNT_ID + "Openapi"));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
        }
        HttpResponse<byte[]> response = httpClient.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return mapper.readValue(response.body(), responseType);
    }

    private static String sign(String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Keys.SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** The benchmark's credentials. */
    static final class Keys {
        static final String ACCESS_KEY = "AKBENCH0001";
        static final String SECRET_KEY = "bench-secret-key";
        static final String ACCOUNT_ID = "acct-bench";

        private Keys() {
        }
    }
}
