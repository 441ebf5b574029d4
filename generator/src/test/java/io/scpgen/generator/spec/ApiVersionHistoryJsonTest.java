package io.scpgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A version's history in the spec JSON: written only where the docs give one, read back as written. */
class ApiVersionHistoryJsonTest {

    private static final ApiVersion PLAIN = new ApiVersion("1.0", LifecycleStatus.SUPPORTED, "2026-12-31");

    @Test
    void aVersionWithoutHistoryIsWrittenAsBefore() {
        assertThat(SpecJson.write(PLAIN)).isEqualTo("""
                {
                  "version": "1.0",
                  "status": "SUPPORTED",
                  "supportedUntil": "2026-12-31"
                }
                """);
    }

    @Test
    void aVersionWithHistoryHasItsSummaryAndStatedChangesWithoutEmptyParts() {
        ApiVersion version = PLAIN.withHistory("Initial API release for Product", List.of(
                new StatedChange("New", "GET", "/v1/products", "ListProducts API have been added."),
                new StatedChange("Fixed", null, null, "Typos fixed.")));

        assertThat(SpecJson.write(version)).isEqualTo("""
                {
                  "version": "1.0",
                  "status": "SUPPORTED",
                  "supportedUntil": "2026-12-31",
                  "summary": "Initial API release for Product",
                  "changes": [
                    {
                      "tag": "New",
                      "method": "GET",
                      "path": "/v1/products",
                      "text": "ListProducts API have been added."
                    },
                    {
                      "tag": "Fixed",
                      "text": "Typos fixed."
                    }
                  ]
                }
                """);
    }

    @Test
    void aSpecWithHistoryReadsBackEqual() {
        ServiceSpec spec = new ServiceSpec("product", "Product", null, null, List.of(), List.of(
                PLAIN.withHistory(null, List.of(new StatedChange("Removed", "DELETE", "/v1/products/{id}", null))),
                new ApiVersion("1.1", LifecycleStatus.CURRENT, null).withHistory("Adds categories", List.of())),
                List.of(), List.of(), List.of());

        ServiceSpec read = SpecJson.read(SpecJson.write(spec));

        assertThat(read).isEqualTo(spec);
        assertThat(read.versions().get(0).hasHistory()).isTrue();
        assertThat(read.versions().get(1).changes()).isEmpty();
        assertThat(SpecJson.read(SpecJson.write(new ServiceSpec("product", null, null, null, null, List.of(PLAIN),
                null, null, null))).versions().get(0).hasHistory()).isFalse();
    }

    @Test
    void aStatedChangeDescribesItselfAsTheDocsListIt() {
        assertThat(new StatedChange("New", "GET", "/v1/products", "ListProducts API have been added.").describe())
                .isEqualTo("[New] GET /v1/products - ListProducts API have been added.");
        assertThat(new StatedChange("Fixed", null, null, "Typos fixed.").describe()).isEqualTo("[Fixed] Typos fixed.");
        assertThat(new StatedChange("Removed", "DELETE", "/v1/x", null).describe()).isEqualTo("[Removed] DELETE /v1/x");
    }
}
