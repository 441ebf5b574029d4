package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.scpgen.runtime.testing.TestModels.Image;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScpRequestTest {

    private static ScpRequest.Builder<Image> getImage() {
        return ScpRequest.builder(HttpMethod.GET, "/v1/images/{image_id}", Image.class).apiVersion("1.3");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "img-01~a_b.c     | /v1/images/img-01~a_b.c",
            "../x             | /v1/images/..%2Fx",
            "..               | /v1/images/%2E%2E",
            ".                | /v1/images/%2E",
            "...              | /v1/images/...",
            "a/b              | /v1/images/a%2Fb",
            "%2e%2e           | /v1/images/%252e%252e",
            "100%             | /v1/images/100%25",
            "'with space'     | /v1/images/with%20space",
            "a?b#c;d          | /v1/images/a%3Fb%23c%3Bd",
            "이미지            | /v1/images/%EC%9D%B4%EB%AF%B8%EC%A7%80",
            "..\\..\\etc       | /v1/images/..%5C..%5Cetc",
    })
    void encodesAPathParameterAsExactlyOneSegment(String value, String expectedPath) {
        assertThat(getImage().pathParameter("image_id", value).build().encodedPath()).isEqualTo(expectedPath);
    }

    @Test
    void rejectsAnEmptyPathParameter() {
        assertThatThrownBy(() -> getImage().pathParameter("image_id", "").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image_id");
    }

    @Test
    void rejectsAMissingOrNullPathParameter() {
        assertThatThrownBy(() -> getImage().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image_id");
        assertThatThrownBy(() -> getImage().pathParameter("image_id", null).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAPathParameterTheTemplateDoesNotHave() {
        assertThatThrownBy(() -> getImage().pathParameter("image_id", "a").pathParameter("imageId", "b").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("imageId");
    }

    @Test
    void encodesQueryParametersInOrderSkippingNullsAndRepeatingLists() {
        ScpRequest<Image> request = ScpRequest.builder(HttpMethod.GET, "/v1/images", Image.class).apiVersion("1.3")
                .queryParameter("limit", 20)
                .queryParameter("marker", null)
                .queryParameter("name", "web server&admin=1")
                .queryParameter("tag", Arrays.asList("a/b", null, "한글"))
                .queryParameter("unreserved", "AZaz09-._~")
                .queryParameter("plus", "1+1=2")
                .build();

        assertThat(request.encodedQuery()).isEqualTo(
                "?limit=20&name=web%20server%26admin%3D1&tag=a%2Fb&tag=%ED%95%9C%EA%B8%80&unreserved=AZaz09-._~&plus=1%2B1%3D2");
    }

    @Test
    void hasNoQueryStringWhenAllParametersAreNull() {
        ScpRequest<Image> request = ScpRequest.builder(HttpMethod.GET, "/v1/images", Image.class).apiVersion("1.3")
                .queryParameter("marker", null).queryParameter("tags", List.of()).build();

        assertThat(request.encodedQuery()).isEmpty();
    }

    @Test
    void buildsTheUrlOfTheThirdSignatureVector() {
        // ScpSignerTest vector 3 signs exactly this path and query
        ScpRequest<Void> request = ScpRequest.builder(HttpMethod.DELETE, "/v1/images/{image_id}", Void.class)
                .apiVersion("1.3")
                .pathParameter("image_id", "../etc/passwd %한")
                .queryParameter("tag", List.of("a/b", "한글"))
                .build();

        assertThat(request.encodedPath() + request.encodedQuery())
                .isEqualTo("/v1/images/..%2Fetc%2Fpasswd%20%25%ED%95%9C?tag=a%2Fb&tag=%ED%95%9C%EA%B8%80");
    }

    @ParameterizedTest
    @CsvSource({"'a\rb'", "'a\nb'", "'x\r\nX-Injected: 1'"})
    void rejectsHeaderValuesWithCarriageReturnOrLineFeed(String value) {
        assertThatThrownBy(() -> getImage().header("X-Custom", value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Custom");
    }

    @Test
    void rejectsAnApiVersionWithALineBreak() {
        assertThatThrownBy(() -> getImage().apiVersion("1.3\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsHeadersTheSdkComputes() {
        assertThatThrownBy(() -> getImage().header("scp-signature", "forged"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> getImage().header("Scp-Api-Version", "virtualserver 9.9"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headersAreLookedUpInAnyCase() {
        ScpRequest<Image> request = getImage().pathParameter("image_id", "i-1").header("Accept-Language", "ko").build();

        assertThat(request.headers()).containsEntry("accept-language", "ko").containsEntry("ACCEPT-LANGUAGE", "ko");
    }

    @Test
    void requiresAnApiVersion() {
        assertThatThrownBy(() -> ScpRequest.builder(HttpMethod.GET, "/v1/images", Image.class).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("apiVersion");
    }

    @Test
    void keepsTheGenericResponseType() {
        ScpRequest<List<Image>> request = ScpRequest.builder(HttpMethod.GET, "/v1/images", new TypeReference<List<Image>>() { })
                .apiVersion("1.3").build();

        assertThat(request.responseType().getRawClass()).isEqualTo(List.class);
        assertThat(request.responseType().containedType(0).getRawClass()).isEqualTo(Image.class);
    }
}
