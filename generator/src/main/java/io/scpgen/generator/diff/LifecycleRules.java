package io.scpgen.generator.diff;

import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import java.util.Objects;

/**
 * A version's lifecycle between two snapshots, service-wide or for one operation: deprecation and a support date set
 * or moved earlier are warnings (a client has to plan a move); a PLANNED version released (now CURRENT or SUPPORTED)
 * and any other change are information.
 */
final class LifecycleRules {

    private final DiffContext context;

    LifecycleRules(DiffContext context) {
        this.context = context;
    }

    void compare(Site site, Lifecycle old, Lifecycle now) {
        if (Objects.equals(old, now) || old == null || now == null) {
            return;
        }
        String from = describe(old);
        String to = describe(now);
        if (now.status() == LifecycleStatus.DEPRECATED && old.status() != LifecycleStatus.DEPRECATED) {
            context.report(ChangeKind.VERSION_DEPRECATED, site, from, to, "deprecated"
                    + (now.supportedUntil() == null ? "" : ", supported until " + now.supportedUntil()));
        } else if (old.status() == LifecycleStatus.PLANNED && now.status() != LifecycleStatus.PLANNED) {
            context.report(ChangeKind.VERSION_RELEASED, site, from, to, "released: " + from + " -> " + to
                    + ", its calls are accepted now");
        } else if (old.supportedUntil() == null && now.supportedUntil() != null) {
            context.report(ChangeKind.SUPPORTED_UNTIL_SET, site, from, to, "supported until " + now.supportedUntil()
                    + " (" + now.status() + ")");
        } else if (old.supportedUntil() != null && now.supportedUntil() != null
                && now.supportedUntil().compareTo(old.supportedUntil()) < 0) {
            // ISO dates order as text
            context.report(ChangeKind.SUPPORTED_UNTIL_EARLIER, site, from, to, "supported until moved earlier: "
                    + old.supportedUntil() + " -> " + now.supportedUntil());
        } else {
            context.report(ChangeKind.LIFECYCLE_CHANGED, site, from, to, "lifecycle " + from + " -> " + to);
        }
    }

    /** {@code DEPRECATED until 2026-05-31}, or just {@code CURRENT}. */
    static String describe(Lifecycle lifecycle) {
        return lifecycle.status() + (lifecycle.supportedUntil() == null ? "" : " until " + lifecycle.supportedUntil());
    }
}
