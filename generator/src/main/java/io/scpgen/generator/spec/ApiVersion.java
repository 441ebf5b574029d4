package io.scpgen.generator.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;

/** One API version of the service with the lifecycle the newest docs give it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiVersion(String version, LifecycleStatus status, String supportedUntil) {

    /** Orders {@code 1.9} before {@code 1.10}. */
    public static final Comparator<String> VERSION_ORDER = ApiVersion::compareVersions;

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
