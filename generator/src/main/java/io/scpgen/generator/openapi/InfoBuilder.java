package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code info}: the service's title and description, the API version, and the same SCP extensions as every
 * operation ({@code x-scp-api-version}, {@code x-scp-status}, {@code x-scp-supported-until}) plus
 * {@code x-scp-service}.
 */
final class InfoBuilder {

    ObjectNode info(VersionSlice slice) {
        ObjectNode info = Nodes.object();
        String title = slice.spec().title();
        info.put("title", title == null || title.isBlank() ? slice.spec().name() : title);
        info.put("version", slice.version());
        Nodes.putText(info, "description", slice.spec().description());
        Nodes.putText(info, "x-scp-service", slice.spec().name());
        Nodes.putText(info, "x-scp-api-version", slice.apiVersionHeader());
        LifecycleExtensions.put(info, slice.lifecycle());
        return info;
    }
}
