package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The base of generated requests, with a request class written as the generator writes one. */
class ScpOperationRequestTest {

    static final class ShowThingRequest extends ScpOperationRequest {
        private final String id;

        private ShowThingRequest(ScpRequestOverrides overrideConfiguration, String id) {
            super(overrideConfiguration);
            this.id = id;
        }

        <T> ScpRequest<T> toScpRequest(String apiVersion, Class<T> responseType) {
            return scpRequest("showThing", HttpMethod.GET, "/v1/things/{id}", responseType)
                    .apiVersion(apiVersion)
                    .pathParameter("id", id)
                    .build();
        }

        Builder toBuilder() {
            return new Builder().overrideConfiguration(overrideConfiguration()).id(id);
        }

        static final class Builder extends ScpOperationRequest.Builder<Builder> {
            private String id;

            Builder id(String id) {
                this.id = id;
                return this;
            }

            ShowThingRequest build() {
                return new ShowThingRequest(overrideConfiguration(), id);
            }
        }
    }

    @Test
    void aRequestWithoutOverridesHasNone() {
        assertThat(new ShowThingRequest.Builder().id("a").build().overrideConfiguration())
                .isSameAs(ScpRequestOverrides.none());
        assertThat(new ShowThingRequest(null, "a").overrideConfiguration()).isSameAs(ScpRequestOverrides.none());
    }

    @Test
    void theConsumerFormEditsTheOverridesSetSoFar() {
        ShowThingRequest request = new ShowThingRequest.Builder()
                .overrideConfiguration(o -> o.requestTimeout(Duration.ofSeconds(2)))
                .id("a")
                .overrideConfiguration(o -> o.putHeader("X-Trace-Id", "t-1"))
                .build();

        assertThat(request.overrideConfiguration().requestTimeout()).contains(Duration.ofSeconds(2));
        assertThat(request.overrideConfiguration().headers()).containsEntry("X-Trace-Id", "t-1");
    }

    @Test
    void theRuntimeRequestIsNamedAndCarriesTheOverrides() {
        ScpRequestOverrides overrides = ScpRequestOverrides.builder().putHeader("X-Trace-Id", "t-1").build();

        ScpRequest<Void> request = new ShowThingRequest.Builder().overrideConfiguration(overrides).id("a").build()
                .toScpRequest("1.2", Void.class);

        assertThat(request.operationName()).isEqualTo("showThing");
        assertThat(request.overrides()).isSameAs(overrides);
        assertThat(request.encodedPath()).isEqualTo("/v1/things/a");
    }

    @Test
    void toBuilderKeepsTheOverrides() {
        ScpRequestOverrides overrides = ScpRequestOverrides.builder().retryPolicy(RetryPolicy.none()).build();

        ShowThingRequest copy = new ShowThingRequest.Builder().overrideConfiguration(overrides).id("a").build()
                .toBuilder().id("b").build();

        assertThat(copy.overrideConfiguration()).isSameAs(overrides);
        assertThat(copy.id).isEqualTo("b");
    }
}
