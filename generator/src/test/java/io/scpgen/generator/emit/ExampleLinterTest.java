package io.scpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Source;
import io.scpgen.generator.spec.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleLinterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Source SOURCE = new Source("reference.txt", 15855);
    private static final Model SERVER = new Model("Server", Model.DEFINED, SOURCE, null, null, null, List.of(
            new Field("id", true, "", TypeRef.string(null), null, null, null),
            new Field("created_at", false, "", TypeRef.string("date-time"), null, null, null),
            new Field("metadata", false, "", TypeRef.mapOf(TypeRef.of(TypeRef.Kind.ANY)).withNullable(true), null, null,
                    null),
            new Field("security_group_ids", false, "", TypeRef.arrayOf(TypeRef.string(null)), null, null, null)));
    private static final ServiceSpec SPEC = new ServiceSpec("s", null, null, null, null, null, null, List.of(SERVER),
            null);

    @Test
    void saysWhatDisagreesAndKeepsWhatAgrees() throws Exception {
        ExampleLinter linter = new ExampleLinter(SPEC);

        // shapes seen in the reference page: an empty string for an object, a Python list inside a string
        ExampleLinter.Agreement agreement = linter.check(JSON.readTree("""
                {"created_at": "2026-02-11T06:44:45.212Z", "metadata": "",
                 "security_group_ids": "['c09c3f05-03d9-443f-b27a-40e0f973c75f']", "extra": 1}"""),
                TypeRef.ref("Server"));

        assertThat(agreement.disagreements()).containsExactly(
                "field 'metadata': \"\" is not any of [object, null]",
                "field 'security_group_ids': \"['c09c3f05-03d9-443f-b27a-40e0f973c75f']\" is not array[string]",
                "field 'extra' is not in model Server",
                "required field 'id' of model Server is missing");
        assertThat(agreement.agreed()).isEqualTo(JSON.readTree("{\"created_at\": \"2026-02-11T06:44:45.212Z\"}"));
    }

    @Test
    void aMinimalValueHasTheRequiredFieldsOnly() throws Exception {
        ExampleLinter linter = new ExampleLinter(SPEC);

        assertThat(linter.minimal(TypeRef.ref("Server"))).isEqualTo(JSON.readTree("{\"id\": \"string\"}"));
    }
}
