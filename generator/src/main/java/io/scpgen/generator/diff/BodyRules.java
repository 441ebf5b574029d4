package io.scpgen.generator.diff;

import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The type of a request or response body. When the body names another model of the same shape (a version variant:
 * {@code ImageListResponse -> ImageListResponseV1Dot2}), one change sums the replacement up with the field-level
 * differences ({@code + images[].scp_gpu_driver}); it is breaking when any of those is. Otherwise the body's type is
 * compared like any other.
 */
final class BodyRules {

    private final DiffContext context;

    BodyRules(DiffContext context) {
        this.context = context;
    }

    /**
     * @param old   null when the docs give no type
     * @param label how the message names the body: {@code response}, {@code request body}
     */
    void compare(Site site, TypeRef old, TypeRef now, Direction direction, String label) {
        if (!isReplacement(old, now)) {
            new TypeRules(context).compare(site, old, now, direction);
            return;
        }
        DiffContext inside = context.scratch();
        new TypeRules(inside).compare(site.relative(), old, now, direction);
        List<Change> differences = inside.changes().stream().sorted(Change.ORDER).toList();
        boolean breaks = differences.stream().anyMatch(c -> c.severity() == ChangeSeverity.BREAKING);
        String summary = differences.isEmpty() ? ""
                : differences.stream().map(BodyRules::note).collect(Collectors.joining(", ", " (", ")"));
        context.report(breaks ? ChangeKind.MODEL_REPLACED_INCOMPATIBLY : ChangeKind.MODEL_REPLACED, site,
                old.describe(), now.describe(), label + " " + old.describe() + " -> " + now.describe() + summary);
    }

    /** Another model in the same place: {@code X -> XV1Dot2}, {@code array[X] -> array[XV1Dot2]}, both defined. */
    private boolean isReplacement(TypeRef old, TypeRef now) {
        if (old == null || now == null) {
            return false;
        }
        String from = old.referencedModel();
        String to = now.referencedModel();
        return from != null && to != null && !from.equals(to) && old.sameShapeAs(now)
                && context.oldModel(from).isPresent() && context.newModel(to).isPresent();
    }

    /** {@code + images[].scp_gpu_driver}, {@code - name}, {@code ~ size: type integer -> string}. */
    private static String note(Change change) {
        return switch (change.kind()) {
            case FIELD_ADDED, REQUIRED_REQUEST_FIELD_ADDED -> "+ " + change.path();
            case FIELD_REMOVED -> "- " + change.path();
            default -> "~ " + (change.path().isEmpty() ? "" : change.path() + ": ") + change.message();
        };
    }
}
