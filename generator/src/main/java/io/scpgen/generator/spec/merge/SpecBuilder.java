package io.scpgen.generator.spec.merge;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.docs.DocPage;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.CliCommand;
import io.scpgen.generator.spec.CliVariant;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the pages of one service (all naming the same {@link DocPage#service()}), from any number of snapshots,
 * into one {@link ServiceSpec}. Pages are applied
 * oldest first ({@link SnapshotOrder}), so newer docs win; content that changes between pages is reported.
 */
public final class SpecBuilder {

    private final Diagnostics diagnostics;
    private final Map<String, String> fileNames = new TreeMap<>();

    public SpecBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public ServiceSpec build(List<DocPage> pages) {
        List<DocPage> ordered = pages.stream().sorted(SnapshotOrder.OLDEST_FIRST).toList();
        pages.forEach(p -> fileNames.put(baseName(p.file()), p.file()));
        Optional<DocPage.ServiceHeader> header = ordered.stream().map(DocPage::header).filter(Objects::nonNull)
                .reduce((older, newer) -> newer);
        Map<String, ApiVersion> versions = versions(ordered);
        Map<String, OperationBuilder> operations = operations(ordered);
        Map<String, Model> models = definedModels(ordered);
        List<Operation> builtOperations = uniqueIds(operations.values().stream()
                .map(o -> o.build(versions))
                .sorted(Comparator.comparing(Operation::path).thenComparing(Operation::method))
                .toList());
        inferMissingModels(builtOperations, models);
        linkVariants(models);
        List<CliCommand> commands = commands(ordered, builtOperations, versions);
        return new ServiceSpec(ordered.get(0).service(), header.map(DocPage.ServiceHeader::title).orElse(null),
                header.map(DocPage.ServiceHeader::description).orElse(null),
                header.map(DocPage.ServiceHeader::baseUrl).orElse(null),
                header.map(DocPage.ServiceHeader::environments).orElse(List.of()),
                List.copyOf(versions.values()), builtOperations, List.copyOf(models.values()), commands);
    }

    /**
     * Every version any page mentions, with the lifecycle of the newest page that states one, and the version history
     * of the newest header that has one.
     */
    private Map<String, ApiVersion> versions(List<DocPage> ordered) {
        Map<String, ApiVersion> versions = new TreeMap<>(ApiVersion.VERSION_ORDER);
        Map<String, ApiVersion> histories = new TreeMap<>(ApiVersion.VERSION_ORDER);
        for (DocPage page : ordered) {
            Map<String, Lifecycle> stated = new TreeMap<>(ApiVersion.VERSION_ORDER);
            if (page.header() != null) {
                page.header().versions().forEach(v -> stated.put(v.version(), v.lifecycle()));
                page.header().versions().stream().filter(ApiVersion::hasHistory)
                        .forEach(v -> histories.put(v.version(), v));
            }
            page.endpoints().forEach(e -> state(stated, e.variant().version(), e.variant().lifecycle()));
            page.commands().forEach(c -> state(stated, c.variant().version(), c.variant().lifecycle()));
            stated.forEach((version, lifecycle) -> versions.put(version,
                    new ApiVersion(version, lifecycle.status(), lifecycle.supportedUntil())));
        }
        histories.forEach((version, history) -> versions.computeIfPresent(version, (k, v) -> v.withHistoryOf(history)));
        return versions;
    }

    /** Within one page, the furthest-along lifecycle a version is given wins. */
    private static void state(Map<String, Lifecycle> stated, String version, Lifecycle lifecycle) {
        if (lifecycle.status() == null) {
            return;
        }
        Lifecycle known = stated.get(version);
        if (known == null || known.status() == null || lifecycle.isLaterThan(known)) {
            stated.put(version, lifecycle);
        }
    }

    private Map<String, OperationBuilder> operations(List<DocPage> ordered) {
        Map<String, OperationBuilder> operations = new TreeMap<>();
        for (DocPage page : ordered) {
            for (DocPage.EndpointSection section : page.endpoints()) {
                operations.computeIfAbsent(section.method() + " " + section.path(),
                        key -> new OperationBuilder(section.method(), section.path(), this::warn)).add(section);
            }
        }
        return operations;
    }

    private Map<String, Model> definedModels(List<DocPage> ordered) {
        Map<String, Model> models = new TreeMap<>();
        for (DocPage page : ordered) {
            for (Model model : page.models()) {
                Model older = models.put(model.name(), model);
                if (older != null && !older.fields().equals(model.fields())) {
                    warn(model.source(), "model " + model.name()
                            + " differs from its definition at " + older.source().file() + ":"
                            + older.source().line() + ": expected one definition; the newer page's is kept");
                }
            }
        }
        return models;
    }

    /**
     * Rule: ids are unique. When titles give two operations the same id, the first (by path, then method) keeps it
     * and the others are named from their method and path, with a warning.
     */
    private List<Operation> uniqueIds(List<Operation> operations) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<Operation> unique = new ArrayList<>();
        for (Operation operation : operations) {
            String id = OperationNames.uniqueId(operation.id(), operation.method(), operation.path(), taken);
            if (!id.equals(operation.id())) {
                warn(operation.variants().get(0).source(), operation.key() + " is titled like another operation"
                        + " ('" + operation.id() + "'): expected distinct titles; its id is '" + id + "'");
                operation = new Operation(id, operation.title(), operation.method(), operation.path(),
                        operation.group(), operation.variants());
            }
            unique.add(operation);
        }
        return unique;
    }

    private void inferMissingModels(List<Operation> operations, Map<String, Model> models) {
        ModelInference inference = new ModelInference(name -> Optional.ofNullable(models.get(name)));
        for (Operation operation : operations) {
            for (OperationVariant variant : operation.variants()) {
                for (Response response : variant.responses()) {
                    String name = response.type() == null ? null : response.type().referencedModel();
                    JsonNode example = variant.responseExamples().get(response.status());
                    if (name != null && !models.containsKey(name) && example != null
                            && inference.infer(name, example, variant.source())) {
                        inference.inferred().stream().filter(Objects::nonNull)
                                .forEach(m -> models.putIfAbsent(m.name(), m));
                    }
                }
            }
        }
        reportUndefined(operations, models);
    }

    private void reportUndefined(List<Operation> operations, Map<String, Model> models) {
        Map<String, Source> firstUse = new TreeMap<>();
        for (Operation operation : operations) {
            for (OperationVariant variant : operation.variants()) {
                variant.referencedModels().forEach(name -> firstUse.putIfAbsent(name, variant.source()));
            }
        }
        for (Model model : models.values()) {
            model.fields().stream().map(Field::type).flatMap(TypeRef::referencedModels)
                    .forEach(name -> firstUse.putIfAbsent(name, model.source()));
        }
        firstUse.forEach((name, source) -> {
            if (!models.containsKey(name)) {
                diagnostics.error(fileName(source), source.line(), "model " + name + " is referenced but defined"
                        + " nowhere, and no example response shows its shape: expected a model section '" + name + "'");
            }
        });
    }

    /** Every {@code XV1DotN} whose base {@code X} is known records the link and the field-level difference. */
    private static void linkVariants(Map<String, Model> models) {
        VariantDiff diff = new VariantDiff(name -> Optional.ofNullable(models.get(name)));
        for (String name : new TreeSet<>(models.keySet())) {
            VariantName.parse(name).filter(v -> models.containsKey(v.base())).ifPresent(v -> models.put(name,
                    models.get(name).withVariant(v.base(), v.version(),
                            diff.between(models.get(v.base()), models.get(name)))));
        }
    }

    private List<CliCommand> commands(List<DocPage> ordered, List<Operation> operations,
                                      Map<String, ApiVersion> versions) {
        Map<String, Map<String, CliVariant>> variants = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        for (DocPage page : ordered) {
            for (DocPage.CommandSection section : page.commands()) {
                if (section.command() == null) {
                    continue;
                }
                variants.computeIfAbsent(section.command(), k -> new TreeMap<>(ApiVersion.VERSION_ORDER))
                        .put(section.variant().version(), section.variant());
                if (section.title() != null) {
                    titles.put(section.command(), section.title());
                }
            }
        }
        List<CliCommand> commands = new ArrayList<>();
        variants.forEach((command, byVersion) -> {
            String title = titles.get(command);
            List<CliVariant> resolved = byVersion.values().stream()
                    .map(v -> new CliVariant(v.version(), OperationBuilder.resolve(v.lifecycle(), versions.get(v.version())),
                            v.description(), v.options(), v.responseFields(), v.source()))
                    .toList();
            commands.add(new CliCommand(command, title, linkedOperation(title, operations), resolved));
        });
        return commands;
    }

    /** Rule: a CLI command calls the operation with the same title, in any case ({@code List Image members}). */
    private static String linkedOperation(String title, List<Operation> operations) {
        if (title == null) {
            return null;
        }
        return operations.stream()
                .filter(o -> o.title() != null && o.title().toLowerCase(Locale.ROOT).equals(title.toLowerCase(Locale.ROOT)))
                .map(Operation::key)
                .findFirst().orElse(null);
    }

    private void warn(Source source, String message) {
        diagnostics.warn(fileName(source), source.line(), message);
    }

    /** Diagnostics name files as the user gave them; the spec's sources keep only the file name. */
    private String fileName(Source source) {
        return fileNames.getOrDefault(source.file(), source.file());
    }

    private static String baseName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
