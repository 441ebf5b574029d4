package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Lifecycle;

/**
 * {@code x-scp-status} ({@code PLANNED}: documented, not callable yet; {@code CURRENT}, {@code SUPPORTED},
 * {@code DEPRECATED}) and, when the docs give one, {@code x-scp-supported-until} (an ISO date, {@code 2026-05-31}).
 */
final class LifecycleExtensions {

    private LifecycleExtensions() {
    }

    static void put(ObjectNode node, Lifecycle lifecycle) {
        if (lifecycle == null) {
            return;
        }
        if (lifecycle.status() != null) {
            node.put("x-scp-status", lifecycle.status().name());
        }
        Nodes.putText(node, "x-scp-supported-until", lifecycle.supportedUntil());
    }
}
