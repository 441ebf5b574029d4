package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;

/**
 * One API version of the service with the lifecycle the newest docs give it, and what the docs' API version history
 * says about it.
 *
 * @param summary the history's summary line ({@code Initial API release for Product}); null when there is none
 * @param changes the changes the history states for this version, as the docs list them; empty when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiVersion(String version, LifecycleStatus status, String supportedUntil, String summary,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StatedChange> changes) {

    /** Orders {@code 1.9} before {@code 1.10}. */
    public static final Comparator<String> VERSION_ORDER = ApiVersion::compareVersions;

    public ApiVersion {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A version without a history. */
    public ApiVersion(String version, LifecycleStatus status, String supportedUntil) {
        this(version, status, supportedUntil, null, List.of());
    }

    /** This version with the docs' history of it. */
    public ApiVersion withHistory(String summary, List<StatedChange> changes) {
        return new ApiVersion(version, status, supportedUntil, summary, changes);
    }

    /** This version with the history of {@code other} (the same version as another page gives it). */
    public ApiVersion withHistoryOf(ApiVersion other) {
        return withHistory(other.summary, other.changes);
    }

    /** Whether the docs give a history of this version: a summary or stated changes. */
    @JsonIgnore
    public boolean hasHistory() {
        return summary != null || !changes.isEmpty();
    }

    /** Its status and supported-until date as the lifecycle operations carry. */
    @JsonIgnore
    public Lifecycle lifecycle() {
        return new Lifecycle(status, supportedUntil);
    }

    public static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? parsePart(left[i]) : 0;
            int r = i < right.length ? parsePart(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return a.compareTo(b);
    }

    private static int parsePart(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
