package io.scpgen.generator.versions;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.runtime.version.ScpApiVersion;
import io.scpgen.runtime.version.ScpApiVersionStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The versions one service's docs give beside the ones its live service lists, and whether the docs are stale: the
 * live service has a version the docs lack, or one the docs call PLANNED is now callable (CURRENT or SUPPORTED).
 * Either means the generated SDK is behind: fetch the docs again and regenerate.
 */
public final class VersionDrift {

    /** One version, as the docs and the live service give it; a side that lacks it is empty. */
    public record Row(String version, Optional<ApiVersion> documented, Optional<ScpApiVersion> live) {
    }

    private final String service;
    private final Optional<String> liveSource;
    private final String notCompared;
    private final List<Row> rows;
    private final List<String> findings;

    private VersionDrift(String service, Optional<String> liveSource, String notCompared, List<Row> rows,
                         List<String> findings) {
        this.service = service;
        this.liveSource = liveSource;
        this.notCompared = notCompared;
        this.rows = List.copyOf(rows);
        this.findings = List.copyOf(findings);
    }

    /** The docs' versions alone, with why there is no live list ({@code no endpoint configured}). */
    public static VersionDrift docsOnly(ServiceSpec docs, String whyNotCompared) {
        List<Row> rows = docs.versions().stream()
                .sorted(Comparator.comparing(ApiVersion::version, ApiVersion.VERSION_ORDER))
                .map(v -> new Row(v.version(), Optional.of(v), Optional.<ScpApiVersion>empty())).toList();
        return new VersionDrift(docs.name(), Optional.empty(), whyNotCompared, rows, List.of());
    }

    /** The docs' versions beside the live list read from {@code liveSource} (the endpoint, for the table's title). */
    public static VersionDrift compare(ServiceSpec docs, String liveSource, List<ScpApiVersion> live) {
        Map<String, ApiVersion> documented = new TreeMap<>(ApiVersion.VERSION_ORDER);
        docs.versions().forEach(v -> documented.put(v.version(), v));
        Map<String, ScpApiVersion> listed = new TreeMap<>(ApiVersion.VERSION_ORDER);
        live.forEach(v -> listed.put(v.version(), v));
        Set<String> versions = new TreeSet<>(ApiVersion.VERSION_ORDER);
        versions.addAll(documented.keySet());
        versions.addAll(listed.keySet());
        List<Row> rows = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (String version : versions) {
            Optional<ApiVersion> doc = Optional.ofNullable(documented.get(version));
            Optional<ScpApiVersion> now = Optional.ofNullable(listed.get(version));
            now.flatMap(n -> finding(docs.name(), version, doc, n)).ifPresent(findings::add);
            rows.add(new Row(version, doc, now));
        }
        return new VersionDrift(docs.name(), Optional.of(liveSource), null, rows, findings);
    }

    private static Optional<String> finding(String service, String version, Optional<ApiVersion> documented,
                                            ScpApiVersion live) {
        if (documented.isEmpty()) {
            return Optional.of(service + " " + version + " is " + live.status() + " live and not in the docs");
        }
        boolean callableNow = live.status() == ScpApiVersionStatus.CURRENT
                || live.status() == ScpApiVersionStatus.SUPPORTED;
        if (documented.get().status() == LifecycleStatus.PLANNED && callableNow) {
            return Optional.of(service + " " + version + " is PLANNED in the docs and " + live.status() + " live");
        }
        return Optional.empty();
    }

    public String service() {
        return service;
    }

    /** Where the live list came from; empty when only the docs were read. */
    public Optional<String> liveSource() {
        return liveSource;
    }

    /** Why the live list was not read; null when it was. */
    public String notCompared() {
        return notCompared;
    }

    /** Every version of either side, oldest first. */
    public List<Row> rows() {
        return rows;
    }

    /** What makes the docs stale, one line each, oldest version first; empty when they are up to date. */
    public List<String> findings() {
        return findings;
    }

    public boolean stale() {
        return !findings.isEmpty();
    }
}
