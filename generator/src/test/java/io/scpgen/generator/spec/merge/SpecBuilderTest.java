package io.scpgen.generator.spec.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.DocPage;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Response;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecBuilderTest {

    @Test
    void operationsTitledAlikeGetDistinctIds() {
        DocPage page = new DocPage("page.txt", "things", null, null, List.of(
                section("List Things", "GET", "/v1/things", null),
                section("List Things", "GET", "/v1/other-things", null)), List.of(), List.of());
        Diagnostics diagnostics = new Diagnostics();

        List<Operation> operations = new SpecBuilder(diagnostics).build(List.of(page)).operations();

        assertThat(operations).extracting(Operation::path, Operation::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/v1/other-things", "listThings"),
                org.assertj.core.groups.Tuple.tuple("/v1/things", "getThings"));
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("GET /v1/things is titled like another operation ('listThings'): expected distinct"
                        + " titles; its id is 'getThings'"));
    }

    @Test
    void aModelNamedOnlyInsideAnyOfIsReportedWhenUndefined() {
        TypeRef union = TypeRef.anyOf(List.of(TypeRef.ref("Missing"), TypeRef.of(TypeRef.Kind.STRING)));
        DocPage page = new DocPage("page.txt", "things", null, null, List.of(section("Get Thing", "GET", "/v1/thing", union)),
                List.of(), List.of());
        Diagnostics diagnostics = new Diagnostics();

        new SpecBuilder(diagnostics).build(List.of(page));

        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("model Missing is referenced but defined nowhere"));
    }

    private static DocPage.EndpointSection section(String title, String method, String path, TypeRef response) {
        OperationVariant variant = new OperationVariant("1.0", new Lifecycle(LifecycleStatus.CURRENT, null), "", null,
                null, List.of(new Response("200", "OK", response)), null, null, new Source("page.txt", 1));
        return new DocPage.EndpointSection(title, method, path, variant);
    }
}
