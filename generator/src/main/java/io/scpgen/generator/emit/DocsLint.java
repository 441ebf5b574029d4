package io.scpgen.generator.emit;

import com.fasterxml.jackson.databind.JsonNode;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The docs lint, a stage of its own: every example the generated tests serve or send (the request body and the
 * success response of each operation version a client calls) checked against its model, each disagreement a
 * warning at the example's section. It runs whether or not the tests are generated, without building them.
 */
final class DocsLint {

    private DocsLint() {
    }

    static void check(List<SdkClient> clients, ExampleLinter linter, TypeMapper types, Diagnostics diagnostics) {
        Set<String> checked = new HashSet<>();
        for (SdkClient client : clients) {
            for (List<Operation> operations : client.groups().values()) {
                for (Operation operation : operations) {
                    OperationVariant variant = client.variant(operation);
                    String what = operation.key() + " " + variant.version();
                    if (checked.add(what)) {
                        check(what, variant, linter, types, diagnostics);
                    }
                }
            }
        }
    }

    private static void check(String what, OperationVariant variant, ExampleLinter linter, TypeMapper types,
                              Diagnostics diagnostics) {
        if (variant.requestBody() != null && variant.requestExample() != null) {
            report(linter.check(variant.requestExample(), variant.requestBody().type()), what + " request body",
                    variant, diagnostics);
        }
        if (OperationShape.hasBody(variant, types)) {
            Response success = OperationShape.success(variant).orElseThrow();
            JsonNode example = variant.responseExamples().get(success.status());
            if (example != null) {
                report(linter.check(example, success.type()), what + " response " + success.status(), variant,
                        diagnostics);
            }
        }
    }

    private static void report(ExampleLinter.Agreement agreement, String what, OperationVariant variant,
                               Diagnostics diagnostics) {
        for (String problem : agreement.disagreements()) {
            diagnostics.warn(variant.source(), "example of " + what + " disagrees with its model: " + problem);
        }
    }
}
