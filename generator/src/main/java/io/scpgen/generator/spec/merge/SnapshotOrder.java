package io.scpgen.generator.spec.merge;

import io.scpgen.generator.docs.DocPage;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Rule: pages carry no date, so their age is read from what they document. A page that documents a newer API
 * version is from a newer snapshot; between pages with the same newest version, the one whose lifecycles are
 * further along (PLANNED -> CURRENT -> SUPPORTED -> DEPRECATED) is newer; the file name breaks remaining ties, so the order
 * never depends on the order the files were given in.
 */
final class SnapshotOrder {

    static final Comparator<DocPage> OLDEST_FIRST = Comparator
            .comparing(SnapshotOrder::newestVersion, ApiVersion.VERSION_ORDER)
            .thenComparingInt(SnapshotOrder::lifecycleMaturity)
            .thenComparing(DocPage::file);

    private SnapshotOrder() {
    }

    static String newestVersion(DocPage page) {
        return versions(page).max(ApiVersion.VERSION_ORDER).orElse("0");
    }

    private static Stream<String> versions(DocPage page) {
        Stream<String> header = page.header() == null ? Stream.empty()
                : page.header().versions().stream().map(ApiVersion::version);
        return Stream.of(header,
                page.endpoints().stream().map(e -> e.variant().version()),
                page.commands().stream().map(c -> c.variant().version())).flatMap(s -> s);
    }

    private static int lifecycleMaturity(DocPage page) {
        List<Lifecycle> lifecycles = Stream.concat(
                page.endpoints().stream().map(e -> e.variant().lifecycle()),
                page.commands().stream().map(c -> c.variant().lifecycle())).toList();
        // an average, so a page documenting many endpoints does not look older or newer for that alone
        return (int) Math.round(1000 * lifecycles.stream().map(Lifecycle::status).filter(Objects::nonNull)
                .mapToInt(LifecycleStatus::stepsPastCurrent).average().orElse(0));
    }
}
