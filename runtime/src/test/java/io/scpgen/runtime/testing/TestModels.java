package io.scpgen.runtime.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Small stand-ins for generated models. */
public final class TestModels {
    private TestModels() {
    }

    public record Image(@JsonProperty("id") String id, @JsonProperty("name") String name,
                        @JsonProperty("created_at") OffsetDateTime createdAt) {
    }

    public record ImageListResponse(@JsonProperty("images") List<Image> images, @JsonProperty("count") Integer count) {
    }

    public record CreateImageRequest(@JsonProperty("name") String name, @JsonProperty("description") String description) {
    }
}
