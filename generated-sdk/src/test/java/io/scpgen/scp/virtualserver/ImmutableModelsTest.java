package io.scpgen.scp.virtualserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scpgen.runtime.ScpJson;
import io.scpgen.scp.virtualserver.model.ImageCreateRequest;
import io.scpgen.scp.virtualserver.model.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models hold unmodifiable copies of their lists, as built and as read from JSON; null stays null. */
class ImmutableModelsTest {

    @Test
    void aBuiltModelKeepsACopyTheCallerCannotChange() {
        List<Tag> tags = new ArrayList<>(List.of(Tag.builder().key("k").value("v").build()));
        ImageCreateRequest request = ImageCreateRequest.builder().name("image").url("https://x")
                .osDistro(ImageCreateRequest.OsDistro.UBUNTU).tags(tags).build();

        tags.add(Tag.builder().key("late").value("late").build());

        assertThat(request.tags()).hasSize(1);
        assertThatThrownBy(() -> request.tags().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aModelReadFromJsonIsUnmodifiableTooAndAMissingListStaysNull() throws Exception {
        ImageCreateRequest read = ScpJson.mapper().readValue(
                "{\"name\": \"image\", \"url\": \"https://x\", \"os_distro\": \"ubuntu\","
                        + " \"tags\": [{\"key\": \"k\", \"value\": \"v\"}]}",
                ImageCreateRequest.class);
        ImageCreateRequest without = ScpJson.mapper().readValue("{\"name\": \"image\", \"url\": \"https://x\"}",
                ImageCreateRequest.class);

        assertThatThrownBy(() -> read.tags().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(without.tags()).isNull();
        assertThat(ScpJson.mapper().writeValueAsString(without)).doesNotContain("tags");
    }
}
