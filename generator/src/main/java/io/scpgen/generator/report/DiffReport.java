package io.scpgen.generator.report;

import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.ChangeSeverity;
import java.util.List;
import java.util.Locale;

/**
 * What a report shows: the changes and what was compared.
 *
 * @param service    the service's name ({@code virtualserver})
 * @param oldInputs  the file names of the old side (doc pages or a spec JSON), sorted
 * @param newInputs  the file names of the new side; for {@link Comparison#VERSIONS} the same as {@code oldInputs}
 */
public record DiffReport(String service, Comparison comparison, List<String> oldInputs, List<String> newInputs,
                         List<Change> changes) {

    /** What the changes are between. */
    public enum Comparison {
        /** Two snapshots of the docs (or specs). */
        SNAPSHOTS,
        /** The consecutive API versions inside one snapshot. */
        VERSIONS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DiffReport {
        oldInputs = oldInputs.stream().sorted().toList();
        newInputs = newInputs.stream().sorted().toList();
        changes = List.copyOf(changes);
    }

    public long count(ChangeSeverity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }
}
