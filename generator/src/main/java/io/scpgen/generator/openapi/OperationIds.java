package io.scpgen.generator.openapi;

import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.merge.OperationNames;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code operationId}s of one document: the spec's id ({@code listImages}), unique as OpenAPI requires. When two
 * operations share an id, the later one (in path order) is named from its method and path
 * ({@code getPendingImages}), with a number appended if even that is taken, and a diagnostic says so.
 */
final class OperationIds {

    private final Set<String> taken = new HashSet<>();
    private final Diagnostics diagnostics;

    OperationIds(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    String assign(Operation operation, String version, Source source) {
        String id = operation.id() == null || operation.id().isBlank()
                ? OperationNames.idFromMethodAndPath(operation.method(), operation.path()) : operation.id();
        String unique = OperationNames.uniqueId(id, operation.method(), operation.path(), taken);
        if (unique.equals(id)) {
            return id;
        }
        diagnostics.warn(source, operation.key() + " " + version + ": operationId '" + id
                + "' is already used by another operation: expected unique ids; exported as '" + unique + "'");
        return unique;
    }
}
