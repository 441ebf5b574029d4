package io.scpgen.generator.spec.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.CliCommand;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.FieldChange;
import io.scpgen.generator.spec.Lifecycle;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Operation;
import io.scpgen.generator.spec.OperationVariant;
import io.scpgen.generator.spec.Parameter;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Severity;
import io.scpgen.generator.spec.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the issue says the seed docs must give. */
class SeedSpecTest {

    static SpecFromDocs.Result reference;
    static SpecFromDocs.Result merged;

    @BeforeAll
    static void load() {
        reference = SpecFromDocs.withTextReaders().load(List.of(SeedDocs.file(SeedDocs.REFERENCE_1_1)));
        merged = SpecFromDocs.withTextReaders().load(SeedDocs.all());
    }

    @Nested
    class ReferencePageAlone {

        @Test
        void hasAllOperationsVersionsAndModels() {
            ServiceSpec spec = reference.spec();
            assertThat(spec.operations()).hasSize(112);
            assertThat(spec.operations().stream().mapToInt(o -> o.variants().size()).sum()).isEqualTo(222);
            assertThat(spec.models()).hasSize(117).allMatch(m -> m.origin().equals(Model.DEFINED));
        }

        @Test
        void twoSecurityGroupOperationsHaveOnlyVersion10() {
            Map<Boolean, List<Operation>> byVersions = reference.spec().operations().stream()
                    .collect(Collectors.partitioningBy(o -> versions(o).equals(List.of("1.0", "1.1"))));
            assertThat(byVersions.get(true)).hasSize(110);
            assertThat(byVersions.get(false)).extracting(Operation::title).containsExactlyInAnyOrder(
                    "Attach Virtual Server Security Group", "Detach Virtual Server Security Group");
            assertThat(byVersions.get(false)).allMatch(o -> versions(o).equals(List.of("1.0")));
        }

        @Test
        void readsTheServiceHeader() {
            ServiceSpec spec = reference.spec();
            assertThat(spec.name()).isEqualTo("virtualserver");
            assertThat(spec.title()).isEqualTo("Virtual Server");
            assertThat(spec.baseUrl()).isEqualTo("https://virtualserver.{region}.{environment}.samsungsdscloud.com");
            assertThat(spec.environments()).extracting(e -> e.name() + ":" + e.regions()).containsExactly(
                    "s:[kr-west1, kr-east1]", "g:[kr-south1, kr-south2, kr-south3]", "e:[kr-west1, kr-east1]");
            assertThat(spec.versions()).extracting(v -> v.version() + " " + v.status() + " " + v.supportedUntil())
                    .containsExactly("1.0 DEPRECATED 2025-12-31", "1.1 CURRENT null");
        }

        @Test
        void keepsEveryRowAndSaysSoWithoutDiagnostics() throws IOException {
            List<String> lines = Files.readAllLines(SeedDocs.file(SeedDocs.REFERENCE_1_1), StandardCharsets.UTF_8);
            // counted independently of the parser: every parameter and field row has a required/optional line,
            // every response row starts with a status code run into its reason phrase
            long markerLines = lines.stream().filter(l -> l.equals("required") || l.equals("optional")).count();
            long responseRows = lines.stream().filter(l -> l.matches("\\d{3}[A-Z].*")).count();
            ServiceSpec spec = reference.spec();
            long parameters = spec.operations().stream().flatMap(o -> o.variants().stream())
                    .mapToLong(v -> v.parameters().size() + (v.requestBody() == null ? 0 : 1)).sum();
            long responses = spec.operations().stream().flatMap(o -> o.variants().stream())
                    .mapToLong(v -> v.responses().size()).sum();
            long fields = spec.models().stream().mapToLong(m -> m.fields().size()).sum();

            assertThat(parameters + fields).isEqualTo(markerLines);
            assertThat(responses).isEqualTo(responseRows);
            assertThat(reference.coverage()).singleElement().satisfies(c -> {
                assertThat(c.rowsRead()).isEqualTo(markerLines + responseRows);
                assertThat(c.rowsKept()).isEqualTo(c.rowsRead());
            });
            assertThat(reference.diagnostics()).isEmpty();
        }
    }

    @Nested
    class AllFiveFilesMerged {

        @Test
        void theThreeNewerEndpointsHaveFourVersionsWithTheNewestLifecycles() {
            for (String key : List.of("GET /v1/pending-images", "GET /v1/images/{image_id}/members",
                    "POST /v1/images/{image_id}/import")) {
                Operation operation = operation(merged.spec(), key);
                assertThat(operation.variants()).extracting(v -> v.version() + " " + v.lifecycle()).as(key)
                        .containsExactly(
                                "1.0 " + new Lifecycle(LifecycleStatus.DEPRECATED, "2025-12-31"),
                                "1.1 " + new Lifecycle(LifecycleStatus.DEPRECATED, "2026-05-31"),
                                "1.2 " + new Lifecycle(LifecycleStatus.SUPPORTED, "2026-08-31"),
                                "1.3 " + new Lifecycle(LifecycleStatus.CURRENT, null));
                assertThat(operation.title()).as("title from the reference page").isNotNull();
            }
        }

        @Test
        void newerDocsMoveAVersionOnForEveryOperation() {
            // the reference page says 1.1 is CURRENT; the newer pages say DEPRECATED until 2026-05-31
            assertThat(merged.spec().operations()).flatExtracting(Operation::variants)
                    .filteredOn(v -> v.version().equals("1.1")).hasSize(110)
                    .allSatisfy(v -> assertThat(v.lifecycle())
                            .isEqualTo(new Lifecycle(LifecycleStatus.DEPRECATED, "2026-05-31")));
            assertThat(reference.spec().operations()).flatExtracting(Operation::variants)
                    .filteredOn(v -> v.version().equals("1.1"))
                    .allSatisfy(v -> assertThat(v.lifecycle()).isEqualTo(new Lifecycle(LifecycleStatus.CURRENT, null)));
        }

        @Test
        void serviceVersionsTakeTheNewestLifecycle() {
            assertThat(merged.spec().versions()).extracting(v -> v.version() + " " + v.status() + " " + v.supportedUntil())
                    .containsExactly("1.0 DEPRECATED 2025-12-31", "1.1 DEPRECATED 2026-05-31",
                            "1.2 SUPPORTED 2026-08-31", "1.3 CURRENT null");
        }

        @Test
        void pendingImages12And13AnswerTheInferredVariant() {
            Operation pending = operation(merged.spec(), "GET /v1/pending-images");
            assertThat(pending.variants()).extracting(v -> v.version() + " " + v.responses().get(0).type().ref())
                    .containsExactly("1.0 ImageListResponse", "1.1 ImageListResponse",
                            "1.2 ImageListResponseV1Dot2", "1.3 ImageListResponseV1Dot2");

            Model variant = merged.spec().model("ImageListResponseV1Dot2").orElseThrow();
            assertThat(variant.origin()).isEqualTo(Model.INFERRED);
            assertThat(variant.variantOf()).isEqualTo("ImageListResponse");
            assertThat(variant.variantVersion()).isEqualTo("1.2");
            assertThat(variant.variantChanges()).containsExactly(
                    new FieldChange("images[].scp_gpu_driver", "added", ""));
            Model nested = merged.spec().model("ImageShowResponseV1Dot2").orElseThrow();
            assertThat(nested.field("scp_gpu_driver")).get().extracting(Field::type).isEqualTo(TypeRef.string(null));
            assertThat(nested.fields()).hasSize(merged.spec().model("ImageShowResponse").orElseThrow().fields().size() + 1);
        }

        @Test
        void newerPagesWinConflictsAndSaySo() {
            OperationVariant pending11 = operation(merged.spec(), "GET /v1/pending-images").variant("1.1").orElseThrow();
            assertThat(pending11.description()).startsWith("Retrieve a list of images pending sharing.");
            assertThat(merged.diagnostics()).filteredOn(d -> d.message().contains("GET /v1/pending-images 1.1 differs"))
                    .singleElement().satisfies(d -> {
                        assertThat(d.severity()).isEqualTo(Severity.WARNING);
                        assertThat(d.file()).endsWith(SeedDocs.PENDING_IMAGES);
                        assertThat(d.message()).contains("description");
                    });
            assertThat(merged.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
        }

        @Test
        void theCliCommandIsLinkedToItsOperation() {
            CliCommand command = merged.spec().cliCommands().get(0);
            assertThat(command.command()).isEqualTo("scp-cli virtualserver image member list");
            assertThat(command.operation()).isEqualTo("GET /v1/images/{image_id}/members");
            assertThat(command.variants()).extracting(v -> v.version()).containsExactly("1.0", "1.1", "1.2", "1.3");
            assertThat(command.variants().get(3).options()).singleElement().satisfies(o -> {
                assertThat(o.name()).isEqualTo("image_id");
                assertThat(o.required()).isTrue();
                assertThat(o.example().asText()).isEqualTo("70a599e0-31e7-49b7-b260-868f441e862b");
            });
            assertThat(command.variants().get(3).responseFields()).extracting(f -> f.name() + "=" + f.example().asText())
                    .containsExactly("created_at=2025-07-22T09:00:00Z", "image_id=70a599e0-31e7-49b7-b260-868f441e862b",
                            "member_id=a8f10467abfc4b87b64614ab36eb9ae4", "status=pending",
                            "updated_at=2025-07-26T12:00:00Z");
        }
    }

    @Nested
    class Types {

        @Test
        void nullableEnumKeepsItsValues() {
            Parameter visibility = parameter("GET /v1/images", "1.1", "visibility");
            assertThat(visibility.type()).isEqualTo(
                    TypeRef.enumOf(List.of("public", "community", "shared", "private")).withNullable(true));
            assertThat(visibility.defaultValue()).isNull();
        }

        @Test
        void defaultsAreTyped() {
            assertThat(parameter("GET /v1/images", "1.1", "limit").defaultValue().intValue()).isEqualTo(20);
            assertThat(parameter("GET /v1/images", "1.1", "limit").type())
                    .isEqualTo(TypeRef.of(TypeRef.Kind.INTEGER).withNullable(true));
            assertThat(parameter("GET /v1/images", "1.1", "sort").defaultValue().asText()).isEqualTo("created_at:desc");
        }

        @Test
        void dateTimeFormatArraysOfModelsAndConstraintsAreKept() {
            Model group = merged.spec().model("AutoScalingGroupCreateRequest").orElseThrow();
            assertThat(group.field("tags").orElseThrow().type())
                    .isEqualTo(TypeRef.arrayOf(TypeRef.ref("Tag")).withNullable(true));
            Field name = group.field("name").orElseThrow();
            assertThat(name.constraints().pattern()).isEqualTo("^[a-zA-Z0-9-_]*$");
            assertThat(name.constraints().minLength()).isEqualTo(1);
            assertThat(name.constraints().maxLength()).isEqualTo(63);
            assertThat(merged.spec().model("AutoScalingGroup").orElseThrow().field("created_at").orElseThrow().type())
                    .isEqualTo(TypeRef.string("date-time"));
            Field port = merged.spec().model("AutoScalingGroupLbServerGroup").orElseThrow().field("port").orElseThrow();
            assertThat(port.constraints().minimum()).isEqualByComparingTo("1");
            assertThat(port.constraints().maximum()).isEqualByComparingTo("65534");
        }

        @Test
        void everyReferencedModelIsDefinedOrInferred() {
            ServiceSpec spec = merged.spec();
            List<String> referenced = spec.operations().stream().flatMap(o -> o.variants().stream())
                    .flatMap(v -> v.responses().stream()).filter(r -> r.type() != null)
                    .map(r -> r.type().referencedModel()).distinct().toList();
            assertThat(referenced).allSatisfy(name -> assertThat(spec.model(name)).as(name).isPresent());
        }
    }

    private static Parameter parameter(String operation, String version, String name) {
        return operation(merged.spec(), operation).variant(version).orElseThrow().parameters().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> versions(Operation operation) {
        return operation.variants().stream().map(OperationVariant::version).toList();
    }

    static Operation operation(ServiceSpec spec, String key) {
        return spec.operations().stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }
}
