package io.scpgen.generator.diff;

import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules share while comparing: the two specs (the same spec twice when comparing its versions), the changes
 * found so far, and the model pairs being compared right now, so recursive models end.
 */
final class DiffContext {

    private final ServiceSpec oldSpec;
    private final ServiceSpec newSpec;
    private final List<Change> changes;
    private final Set<String> modelsInProgress = new HashSet<>();

    DiffContext(ServiceSpec oldSpec, ServiceSpec newSpec) {
        this(oldSpec, newSpec, new ArrayList<>());
    }

    private DiffContext(ServiceSpec oldSpec, ServiceSpec newSpec, List<Change> changes) {
        this.oldSpec = oldSpec;
        this.newSpec = newSpec;
        this.changes = changes;
    }

    ServiceSpec oldSpec() {
        return oldSpec;
    }

    ServiceSpec newSpec() {
        return newSpec;
    }

    Optional<Model> oldModel(String name) {
        return oldSpec.model(name);
    }

    Optional<Model> newModel(String name) {
        return newSpec.model(name);
    }

    /** A context over the same specs with no changes yet: a rule collects changes there to summarize them. */
    DiffContext scratch() {
        return new DiffContext(oldSpec, newSpec);
    }

    /** A context comparing two versions inside {@code spec}, reporting into the same changes as this one. */
    DiffContext within(ServiceSpec spec) {
        return new DiffContext(spec, spec, changes);
    }

    void report(ChangeKind kind, Site site, String oldValue, String newValue, String message) {
        changes.add(new Change(kind, site.operation(), site.oldVersion(), site.newVersion(), site.path(), oldValue,
                newValue, message));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    /** Marks {@code old -> now} as being compared; false when it already is (a model that contains itself). */
    boolean enterModels(String old, String now) {
        return modelsInProgress.add(old + "\n" + now);
    }

    void leaveModels(String old, String now) {
        modelsInProgress.remove(old + "\n" + now);
    }
}
