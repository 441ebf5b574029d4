package io.scpgen.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.SeedDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exported bytes, checked in beside the tests: the whole 1.3 document, and the auto-scaling-group schemas of
 * 1.1 (the most model-heavy part of the docs). After an intended change, refresh them with
 * {@code mvn -B -pl generator test -Dtest=OpenApiGoldenTest -Dscpgen.updateGolden=true} and review the diff.
 */
class OpenApiGoldenTest {

    static final String FOLDER = "generator/src/test/resources/golden/openapi";
    private static final String REFRESH = "if the change is intended, refresh the golden files with"
            + " `mvn -B -pl generator test -Dtest=OpenApiGoldenTest -Dscpgen.updateGolden=true` and review the diff";

    private static SeedExport seed;

    @BeforeAll
    static void export() {
        seed = SeedExport.load();
    }

    @Test
    void theWhole13Document() throws IOException {
        check("virtualserver-1.3.openapi.json", seed.files().get("virtualserver-1.3.openapi.json"));
    }

    @Test
    void theAutoScalingGroupSchemasOf11() throws IOException {
        ObjectNode schemas = Nodes.object();
        for (Map.Entry<String, JsonNode> entry : seed.document("1.1").at("/components/schemas").properties()) {
            if (entry.getKey().startsWith("AutoScalingGroup")) {
                schemas.set(entry.getKey(), entry.getValue());
            }
        }
        assertThat(schemas.size()).as("auto-scaling-group schemas in 1.1").isGreaterThan(20);
        ObjectNode part = Nodes.object();
        part.putObject("components").set("schemas", schemas);

        check("virtualserver-1.1.auto-scaling-group-schemas.json", OpenApiExporter.json(part));
    }

    private static void check(String name, String actual) throws IOException {
        assertThat(actual).as(name + " exported").isNotNull();
        Path golden = SeedDocs.projectRoot().resolve(FOLDER).resolve(name);
        if (Boolean.getBoolean("scpgen.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file " + golden + " is missing: " + REFRESH).exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            throw new AssertionError(name + " differs from " + golden + " " + firstDifference(expected, actual)
                    + "; " + REFRESH);
        }
    }

    /** {@code at line 12: expected <...> but was <...>}: the first line that differs, so the failure reads quickly. */
    static String firstDifference(String expected, String actual) {
        String[] left = expected.split("\n", -1);
        String[] right = actual.split("\n", -1);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "<end of file>";
            String r = i < right.length ? right[i] : "<end of file>";
            if (!l.equals(r)) {
                return "at line " + (i + 1) + ": expected <" + l.strip() + "> but was <" + r.strip() + ">";
            }
        }
        return "in its line ends";
    }
}
