package io.scpgen.generator.diff;

import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.StatedChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The docs' API version history against what the diff computed between the versions of one spec. For each version
 * with a history: each stated change is looked for among the computed changes of that version ({@link Match}), and
 * each operation with a computed BREAKING change in that version that the history does not name is flagged. Operations
 * are matched by method and path; a path matches also with another {@code /vN} prefix or other names of its
 * {@code {parameters}}.
 *
 * <p>What is looked for, by tag (any case; Korean tags too):
 * <ul>
 *   <li>{@code [New]}: the operation is first documented in that version;</li>
 *   <li>{@code [Changed]}: a change of the operation computed for that version;</li>
 *   <li>{@code [Removed]}: the operation documented before that version and not from it on, or a removal
 *       ({@code ...-removed}) computed for it in that version;</li>
 *   <li>{@code [Deprecated]}: the operation's variant of that version (or the newest before it) is DEPRECATED.</li>
 * </ul>
 * Other tags, and changes that name no operation, are shown but not checked.
 */
public final class HistoryCheck {

    /** Whether scpgen found what a stated change says. */
    public enum Match {
        FOUND, NOT_FOUND, NOT_CHECKED;

        /** {@code not-found}: for CSS classes and the JSON report. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** {@code not found}: for people. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One stated change and what scpgen found for it.
     *
     * @param operation the spec's operation it names ({@code GET /v1/products/{product_id}}), as the spec writes it
     *                  when found there; null when it names none
     * @param note      what scpgen found, in words: {@code operation added in 1.1}, {@code documented since 1.0}
     */
    public record CheckedChange(StatedChange stated, String operation, Match match, String note) {
    }

    /**
     * The history of one version beside what the diff computed for it.
     *
     * @param summary  the history's summary; null when none
     * @param stated   its stated changes, in the docs' order, each checked
     * @param computed the changes the diff computed for this version (its new side), in report order
     */
    public record VersionHistory(String version, String summary, List<CheckedChange> stated, List<Change> computed) {
        public VersionHistory {
            stated = List.copyOf(stated);
            computed = List.copyOf(computed);
        }
    }

    private static final Pattern VERSION_PREFIX = Pattern.compile("^/v\\d+(?=/|$)");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    private enum Tag { NEW, CHANGED, REMOVED, DEPRECATED, OTHER }

    private static final Map<String, Tag> TAGS = Map.ofEntries(
            Map.entry("new", Tag.NEW), Map.entry("added", Tag.NEW), Map.entry("add", Tag.NEW),
            Map.entry("신규", Tag.NEW), Map.entry("추가", Tag.NEW),
            Map.entry("changed", Tag.CHANGED), Map.entry("change", Tag.CHANGED), Map.entry("modified", Tag.CHANGED),
            Map.entry("updated", Tag.CHANGED), Map.entry("변경", Tag.CHANGED), Map.entry("수정", Tag.CHANGED),
            Map.entry("removed", Tag.REMOVED), Map.entry("deleted", Tag.REMOVED), Map.entry("삭제", Tag.REMOVED),
            Map.entry("제거", Tag.REMOVED),
            Map.entry("deprecated", Tag.DEPRECATED), Map.entry("지원 중단", Tag.DEPRECATED));

    private static final Comparator<OperationVariant> BY_VERSION =
            Comparator.comparing(OperationVariant::version, ApiVersion.VERSION_ORDER);

    private final ServiceSpec spec;
    private final List<Change> computed;

    private HistoryCheck(ServiceSpec spec, List<Change> computed) {
        this.spec = spec;
        this.computed = computed.stream().filter(c -> !isFlag(c)).toList();
    }

    /**
     * The versions of {@code spec} that have a history, oldest first, each beside the changes computed for it.
     *
     * @param computed the changes {@link SpecDiff#betweenVersions} found (flags of this check among them are ignored)
     */
    public static List<VersionHistory> check(ServiceSpec spec, List<Change> computed) {
        return new HistoryCheck(spec, computed).versions();
    }

    /**
     * The flags of the checked histories: a {@link ChangeKind#HISTORY_CHANGE_NOT_FOUND} per stated change not found,
     * a {@link ChangeKind#BREAKING_CHANGE_NOT_IN_HISTORY} per operation with a breaking change its version's history
     * does not name.
     */
    static List<Change> flags(List<VersionHistory> histories) {
        List<Change> flags = new ArrayList<>();
        for (VersionHistory history : histories) {
            for (CheckedChange checked : history.stated()) {
                if (checked.match() == Match.NOT_FOUND) {
                    flags.add(new Change(ChangeKind.HISTORY_CHANGE_NOT_FOUND, checked.operation(), null,
                            history.version(), "history", null, statement(checked.stated()),
                            "the docs' history says \"" + statement(checked.stated()) + "\", but " + checked.note()));
                }
            }
            Map<String, List<Change>> unnamed = new LinkedHashMap<>();
            history.computed().stream()
                    .filter(c -> c.severity() == ChangeSeverity.BREAKING && c.operation() != null)
                    .filter(c -> history.stated().stream().noneMatch(s -> c.operation().equals(s.operation())))
                    .forEach(c -> unnamed.computeIfAbsent(c.operation(), k -> new ArrayList<>()).add(c));
            unnamed.forEach((operation, breaking) -> flags.add(new Change(ChangeKind.BREAKING_CHANGE_NOT_IN_HISTORY,
                    operation, breaking.get(0).oldVersion(), history.version(), "history", null, null,
                    breaking.size() + (breaking.size() == 1 ? " breaking change" : " breaking changes")
                            + " the docs' " + history.version() + " history does not name: "
                            + breaking.stream().map(HistoryCheck::where).collect(Collectors.joining("; ")))));
        }
        return flags;
    }

    /** Whether the change is a flag of this check rather than a computed change. */
    static boolean isFlag(Change change) {
        return change.kind() == ChangeKind.HISTORY_CHANGE_NOT_FOUND
                || change.kind() == ChangeKind.BREAKING_CHANGE_NOT_IN_HISTORY;
    }

    private List<VersionHistory> versions() {
        return spec.versions().stream()
                .filter(ApiVersion::hasHistory)
                .sorted(Comparator.comparing(ApiVersion::version, ApiVersion.VERSION_ORDER))
                .map(v -> new VersionHistory(v.version(), v.summary(),
                        v.changes().stream().map(s -> check(s, v.version())).toList(),
                        computed.stream().filter(c -> v.version().equals(c.newVersion())).toList()))
                .toList();
    }

    private CheckedChange check(StatedChange stated, String version) {
        if (stated.operation() == null) {
            return new CheckedChange(stated, null, Match.NOT_CHECKED, "names no operation");
        }
        Tag tag = TAGS.getOrDefault(stated.tag().trim().toLowerCase(Locale.ROOT), Tag.OTHER);
        Optional<Operation> found = operation(stated.method(), stated.path());
        if (found.isEmpty()) {
            return new CheckedChange(stated, stated.operation(), tag == Tag.OTHER ? Match.NOT_CHECKED : Match.NOT_FOUND,
                    "no such operation in the docs");
        }
        Operation operation = found.get();
        return switch (tag) {
            case NEW -> added(stated, operation, version);
            case CHANGED -> changed(stated, operation, version);
            case REMOVED -> removed(stated, operation, version);
            case DEPRECATED -> deprecated(stated, operation, version);
            case OTHER -> new CheckedChange(stated, operation.key(), Match.NOT_CHECKED,
                    "tag [" + stated.tag() + "] is not checked");
        };
    }

    private CheckedChange added(StatedChange stated, Operation operation, String version) {
        String first = operation.variants().stream().min(BY_VERSION).map(OperationVariant::version).orElse(null);
        if (version.equals(first)) {
            return found(stated, operation, oldest().equals(version) ? "documented from " + version + ", the first"
                    + " version" : "operation added in " + version);
        }
        return notFound(stated, operation, first == null ? "documented for no version"
                : ApiVersion.VERSION_ORDER.compare(first, version) < 0 ? "documented since " + first
                : "first documented in " + first);
    }

    private CheckedChange changed(StatedChange stated, Operation operation, String version) {
        List<Change> changes = computedFor(operation, version);
        if (!changes.isEmpty()) {
            return found(stated, operation, count(changes) + " computed: " + kinds(changes));
        }
        Optional<OperationVariant> before = newestBefore(operation, version);
        if (operation.variant(version).isEmpty()) {
            return notFound(stated, operation, "not documented in " + version);
        }
        return notFound(stated, operation, before.map(b -> "no change computed from " + b.version() + " to " + version)
                .orElse("documented from " + version + " on, nothing before it to compare"));
    }

    private CheckedChange removed(StatedChange stated, Operation operation, String version) {
        Optional<OperationVariant> before = newestBefore(operation, version);
        boolean documentedLater = operation.variants().stream()
                .anyMatch(v -> ApiVersion.VERSION_ORDER.compare(v.version(), version) >= 0);
        if (before.isPresent() && !documentedLater) {
            return found(stated, operation, "not documented from " + version + " on (last in "
                    + before.get().version() + ")");
        }
        List<Change> removals = computedFor(operation, version).stream()
                .filter(c -> c.kind().id().endsWith("-removed")).toList();
        if (!removals.isEmpty()) {
            return found(stated, operation, count(removals) + " computed: " + kinds(removals));
        }
        return notFound(stated, operation, documentedLater ? "still documented in " + version + " and no removal"
                + " computed" : "documented for no version before " + version);
    }

    private CheckedChange deprecated(StatedChange stated, Operation operation, String version) {
        Optional<OperationVariant> variant = operation.variant(version).or(() -> newestBefore(operation, version));
        if (variant.isEmpty()) {
            return notFound(stated, operation, "documented for no version up to " + version);
        }
        LifecycleStatus status = variant.get().lifecycle() == null ? null : variant.get().lifecycle().status();
        if (status == LifecycleStatus.DEPRECATED) {
            return found(stated, operation, variant.get().version() + " is DEPRECATED");
        }
        return notFound(stated, operation, variant.get().version() + " is " + (status == null ? "of no stated status"
                : status.name()) + ", not DEPRECATED");
    }

    /** The operation a stated change names: the same key, else the one operation of the same method and shape. */
    private Optional<Operation> operation(String method, String path) {
        Optional<Operation> exact = spec.operation(method, path);
        if (exact.isPresent()) {
            return exact;
        }
        List<Operation> alike = spec.operations().stream()
                .filter(o -> o.method().equals(method) && shape(o.path()).equals(shape(path))).toList();
        return alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty();
    }

    /** {@code /v1/products/{product_id}} as {@code /products/{}}. */
    static String shape(String path) {
        return PARAMETER.matcher(VERSION_PREFIX.matcher(path).replaceFirst("")).replaceAll("{}");
    }

    private List<Change> computedFor(Operation operation, String version) {
        return computed.stream().filter(c -> operation.key().equals(c.operation()) && version.equals(c.newVersion()))
                .toList();
    }

    private static Optional<OperationVariant> newestBefore(Operation operation, String version) {
        return operation.variants().stream()
                .filter(v -> ApiVersion.VERSION_ORDER.compare(v.version(), version) < 0)
                .max(BY_VERSION);
    }

    private String oldest() {
        return spec.versions().stream().map(ApiVersion::version).min(ApiVersion.VERSION_ORDER).orElse("");
    }

    private static CheckedChange found(StatedChange stated, Operation operation, String note) {
        return new CheckedChange(stated, operation.key(), Match.FOUND, note);
    }

    private static CheckedChange notFound(StatedChange stated, Operation operation, String note) {
        return new CheckedChange(stated, operation.key(), Match.NOT_FOUND, note);
    }

    /** {@code [New] ListProductCategories API have been added.}: the stated change without its operation. */
    public static String statement(StatedChange stated) {
        return "[" + stated.tag() + "]" + (stated.text() == null ? "" : " " + stated.text());
    }

    private static String count(List<Change> changes) {
        return changes.size() + (changes.size() == 1 ? " change" : " changes");
    }

    /** {@code field-added, description-changed}: each kind once, in the order of the changes. */
    private static String kinds(List<Change> changes) {
        return changes.stream().map(c -> c.kind().id()).distinct().collect(Collectors.joining(", "));
    }

    /** {@code responses.200.name: field removed}. */
    private static String where(Change change) {
        return change.path().isEmpty() ? change.message() : change.path() + ": " + change.message();
    }
}
