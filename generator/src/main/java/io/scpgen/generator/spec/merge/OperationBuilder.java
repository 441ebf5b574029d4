package io.scpgen.generator.spec.merge;

import io.scpgen.generator.docs.DocPage;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Source;
import java.util.function.BiConsumer;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import java.util.Map;
import java.util.TreeMap;

/** Collects the version sections of one method + path from all pages, oldest page first, and builds the operation. */
final class OperationBuilder {

    private final String method;
    private final String path;
    private final BiConsumer<Source, String> warn;
    private final Map<String, OperationVariant> variants = new TreeMap<>(ApiVersion.VERSION_ORDER);
    private String title;

    OperationBuilder(String method, String path, BiConsumer<Source, String> warn) {
        this.method = method;
        this.path = path;
        this.warn = warn;
    }

    /** Adds a section; a section from a newer page replaces the same version from an older one. */
    void add(DocPage.EndpointSection section) {
        if (section.title() != null) {
            title = section.title();
        }
        OperationVariant variant = section.variant();
        OperationVariant older = variants.put(variant.version(), variant);
        String differences = older == null ? "" : differences(older, variant);
        if (!differences.isEmpty()) {
            warn.accept(variant.source(), method + " " + path + " "
                    + variant.version() + " differs from " + older.source().file() + ":" + older.source().line()
                    + " in " + differences + ": expected the same content; the newer page is kept");
        }
    }

    Operation build(Map<String, ApiVersion> versions) {
        if (title == null) {
            Source first = variants.values().stream().map(OperationVariant::source)
                    .min(java.util.Comparator.comparing(Source::file).thenComparingInt(Source::line)).orElseThrow();
            warn.accept(first, method + " " + path + " has no title on any"
                    + " page: expected a heading such as '1.1 - List Images'; named from its method and path");
        }
        String id = title != null ? OperationNames.idFromTitle(title) : OperationNames.idFromMethodAndPath(method, path);
        return new Operation(id, title, method, path, OperationNames.groupFromPath(path),
                variants.values().stream()
                        .map(v -> v.withLifecycle(resolve(v.lifecycle(), versions.get(v.version()))))
                        .toList());
    }

    /**
     * Rule: a version's lifecycle belongs to the whole service. A section that states none, or one that an older
     * page stated before newer docs moved the version on (1.1 CURRENT, then DEPRECATED until 2026-05-31), takes
     * the service's lifecycle for that version; lifecycles only move forward.
     */
    static Lifecycle resolve(Lifecycle stated, ApiVersion service) {
        if (service == null || service.status() == null) {
            return stated;
        }
        Lifecycle current = service.lifecycle();
        return stated.status() == null || current.isLaterThan(stated) ? current : stated;
    }

    private static String differences(OperationVariant a, OperationVariant b) {
        StringBuilder what = new StringBuilder();
        append(what, "description", a.description().equals(b.description()));
        append(what, "parameters", a.parameters().equals(b.parameters()));
        append(what, "request body", java.util.Objects.equals(a.requestBody(), b.requestBody()));
        append(what, "responses", a.responses().equals(b.responses()));
        append(what, "request example", java.util.Objects.equals(a.requestExample(), b.requestExample()));
        append(what, "response examples", a.responseExamples().equals(b.responseExamples()));
        return what.toString();
    }

    private static void append(StringBuilder what, String part, boolean same) {
        if (!same) {
            what.append(what.length() == 0 ? "" : ", ").append(part);
        }
    }
}
