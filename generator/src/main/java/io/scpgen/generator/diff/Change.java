package io.scpgen.generator.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scpgen.generator.spec.ApiVersion;
import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between two specs, or between two API versions of one spec.
 *
 * @param operation  the operation's key ({@code GET /v1/images}); null for a change to the service as a whole
 * @param oldVersion the API version on the old side; null when the thing is new
 * @param newVersion the API version on the new side; null when the thing is gone
 * @param path       where inside the operation or service: {@code responses.200.images[].scp_gpu_driver},
 *                   {@code parameters.query.limit}, {@code lifecycle}, {@code versions[1.2]}
 * @param oldValue   the old value in short form ({@code integer}, {@code CURRENT}); null when there is none to show
 * @param newValue   the new value in short form; null when there is none to show
 * @param message    what changed, in words, relative to the operation and version
 */
@JsonPropertyOrder({"severity", "kind", "operation", "oldVersion", "newVersion", "path", "oldValue", "newValue",
        "message"})
public record Change(ChangeKind kind, String operation, String oldVersion, String newVersion, String path,
                     String oldValue, String newValue, String message) {

    /** Operation keys by path, then method, so the methods of one path stand together. */
    public static final Comparator<String> OPERATION_ORDER = Comparator
            .comparing((String key) -> key.substring(key.indexOf(' ') + 1))
            .thenComparing(Comparator.naturalOrder());

    /** Service-wide changes first, then by operation, version, JSON path and kind: never by discovery order. */
    public static final Comparator<Change> ORDER = Comparator
            .comparing(Change::operation, Comparator.nullsFirst(OPERATION_ORDER))
            .thenComparing(Change::sortVersion, Comparator.nullsFirst(ApiVersion.VERSION_ORDER))
            .thenComparing(Change::oldVersion, Comparator.nullsFirst(ApiVersion.VERSION_ORDER))
            .thenComparing(Change::path)
            .thenComparing(Change::kind)
            .thenComparing(Change::message)
            .thenComparing(Change::oldValue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Change::newValue, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @JsonProperty("severity")
    public ChangeSeverity severity() {
        return kind.severity();
    }

    /** {@code 1.2}, or {@code 1.1 -> 1.2} when two versions are compared. */
    public String versionLabel() {
        if (oldVersion == null || newVersion == null || oldVersion.equals(newVersion)) {
            return Objects.requireNonNullElse(newVersion, Objects.requireNonNullElse(oldVersion, ""));
        }
        return oldVersion + " -> " + newVersion;
    }

    /** {@code GET /v1/pending-images 1.1 -> 1.2: response ImageListResponse -> ImageListResponseV1Dot2 (...)}. */
    public String describe() {
        String where = (operation == null ? "service" : operation) + (versionLabel().isEmpty() ? "" : " "
                + versionLabel());
        return where + ": " + message;
    }

    private String sortVersion() {
        return newVersion == null ? oldVersion : newVersion;
    }
}
