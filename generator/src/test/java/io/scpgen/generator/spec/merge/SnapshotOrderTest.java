package io.scpgen.generator.spec.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.DocPage;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotOrderTest {

    @Test
    void aPageWithANewerVersionIsNewerWhateverItsName() {
        DocPage reference = page("a-reference.txt", section("1.1", LifecycleStatus.CURRENT));
        DocPage endpoint = page("0-endpoint.txt", section("1.3", LifecycleStatus.CURRENT),
                section("1.1", LifecycleStatus.DEPRECATED));

        assertThat(List.of(endpoint, reference).stream().sorted(SnapshotOrder.OLDEST_FIRST).toList())
                .containsExactly(reference, endpoint);
    }

    @Test
    void withTheSameNewestVersionTheFurtherLifecycleIsNewer() {
        DocPage before = page("b.txt", section("1.1", LifecycleStatus.CURRENT));
        DocPage after = page("a.txt", section("1.1", LifecycleStatus.DEPRECATED));

        assertThat(List.of(after, before).stream().sorted(SnapshotOrder.OLDEST_FIRST).toList())
                .containsExactly(before, after);
    }

    @Test
    void theFileNameBreaksTheRemainingTies() {
        DocPage a = page("a.txt", section("1.1", LifecycleStatus.CURRENT));
        DocPage b = page("b.txt", section("1.1", LifecycleStatus.CURRENT));

        assertThat(List.of(b, a).stream().sorted(SnapshotOrder.OLDEST_FIRST).toList()).containsExactly(a, b);
    }

    private static DocPage page(String file, DocPage.EndpointSection... sections) {
        return new DocPage(file, "things", null, null, List.of(sections), List.of(), List.of());
    }

    private static DocPage.EndpointSection section(String version, LifecycleStatus status) {
        OperationVariant variant = new OperationVariant(version, new Lifecycle(status, null), "", null, null, null,
                null, null, new Source("x.txt", 1));
        return new DocPage.EndpointSection("List Things", "GET", "/v1/things", variant);
    }
}
