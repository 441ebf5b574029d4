package io.scpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.runtime.testing.TestModels.CreateImageRequest;
import io.scpgen.runtime.testing.TestModels.Image;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScpJsonTest {

    @Test
    void ignoresUnknownPropertiesAndKeepsTheOffsetOfDates() throws Exception {
        Image image = ScpJson.mapper().readValue(
                "{\"id\":\"i-1\",\"name\":\"web\",\"created_at\":\"2024-03-01T09:30:00+09:00\",\"new_field\":[1,2]}",
                Image.class);

        assertThat(image).isEqualTo(new Image("i-1", "web", OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(9))));
    }

    @Test
    void writesNoNullsAndDatesAsIsoStrings() throws Exception {
        assertThat(ScpJson.mapper().writeValueAsString(new CreateImageRequest("web", null)))
                .isEqualTo("{\"name\":\"web\"}");
        assertThat(ScpJson.mapper().writeValueAsString(
                new Image("i-1", null, OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC))))
                .isEqualTo("{\"id\":\"i-1\",\"created_at\":\"2024-03-01T00:00:00Z\"}");
    }
}
