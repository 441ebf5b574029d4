package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Source;

/**
 * {@code paths}: a path item per path, in path order, holding its operations in the order get, put, post, delete,
 * options, head, patch, trace (the {@link VersionSlice} order). A method OpenAPI has no field for, or a path not
 * starting with {@code /}, is left out with a diagnostic.
 */
final class PathsBuilder {

    private final OperationMapper operations;
    private final Diagnostics diagnostics;

    PathsBuilder(OperationMapper operations, Diagnostics diagnostics) {
        this.operations = operations;
        this.diagnostics = diagnostics;
    }

    ObjectNode paths(VersionSlice slice) {
        ObjectNode paths = Nodes.object();
        for (VersionSlice.Entry entry : slice.entries()) {
            String method = entry.operation().method();
            if (!HttpMethods.isKnown(method)) {
                Source source = entry.source(slice.spec());
                diagnostics.warn(source, entry.operation().key() + " " + slice.version()
                        + ": method '" + method + "' is not one OpenAPI describes: expected one of "
                        + HttpMethods.KNOWN + "; left out");
                continue;
            }
            if (!entry.operation().path().startsWith("/")) {
                Source source = entry.source(slice.spec());
                diagnostics.warn(source, entry.operation().key() + " " + slice.version()
                        + ": the path does not start with '/': expected a path such as /v1/images; left out");
                continue;
            }
            ObjectNode item = paths.has(entry.operation().path()) ? (ObjectNode) paths.get(entry.operation().path())
                    : paths.putObject(entry.operation().path());
            item.set(HttpMethods.key(method), operations.operation(slice, entry));
        }
        return paths;
    }
}
