package io.scpgen.generator.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import io.scpgen.generator.diff.Change;
import io.scpgen.generator.diff.SpecDiff;
import io.scpgen.generator.emit.InMemoryJava;
import io.scpgen.generator.openapi.OpenApiExporter;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * PLANNED versions (src/test/resources/services/planned, see its README), from the doc pages through the spec, the
 * OpenAPI export and the SDK to the diff: Cloud Functions' 1.1 is PLANNED in its version table
 * ({@code 1.1PLANNED-}) and its sections' state lines; DNS's 1.1 only in a per-operation page's state line
 * ({@code State} / {@code ACTIVE (PLANNED)}). The current clients never call 1.1; the 1.1 clients say they cannot be
 * called yet; once the docs say CURRENT, the diff reports the release as INFO.
 */
class PlannedVersionsTest {

    private static SpecFromDocs.Result result;
    private static ServiceSpec functions;
    private static List<JavaFile> mainFiles;
    private static List<JavaFile> testFiles;
    private static Compilation compilation;

    @BeforeAll
    static void readEmitAndCompile() {
        ServicesSdk sdk = ServicesSdk.of("planned");
        result = sdk.result();
        functions = result.service("cloudfunctions").orElseThrow();
        mainFiles = sdk.mainFiles();
        testFiles = sdk.testFiles();
        compilation = sdk.compilation();
    }

    @Test
    void aPlannedRowOfTheVersionTableAndPlannedStateLinesAreKeptInTheSpec() {
        assertThat(functions.versions()).extracting(v -> v.version() + " " + v.status())
                .containsExactly("1.0 CURRENT", "1.1 PLANNED");
        assertThat(functions.operations()).extracting(o -> o.key() + " " + o.variants().stream()
                        .map(v -> v.version() + " " + v.lifecycle().status()).toList())
                .containsExactly("GET /v1/functions [1.0 CURRENT]", "POST /v1/functions [1.0 CURRENT, 1.1 PLANNED]",
                        "GET /v1/functions/{function_id} [1.1 PLANNED]");
        assertThat(SpecJson.read(SpecJson.write(functions)).versions()).isEqualTo(functions.versions());
        assertThat(SpecJson.write(functions)).contains("\"version\": \"1.1\",\n      \"status\": \"PLANNED\"");
    }

    @Test
    void aPlannedStateLineAloneMakesTheVersionPlanned() {
        ServiceSpec dns = result.service("dns").orElseThrow();

        assertThat(dns.versions()).extracting(v -> v.version() + " " + v.status())
                .containsExactly("1.0 CURRENT", "1.1 PLANNED");
        // the one diagnostic is that of any per-operation page without a title
        assertThat(result.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .contains("dns-record-delete-1.1.txt:1: warning: DELETE /v1/hosted-zones/{hosted_zone_id}/records/"
                        + "{record_id} has no title on any page");
    }

    @Test
    void theOpenApiDocumentOfAPlannedVersionSaysSoInItsInfoAndOperations() throws IOException {
        Map<String, String> files = OpenApiExporter.export(functions, new Diagnostics());
        JsonNode planned = SpecJson.mapper().readTree(files.get("cloudfunctions-1.1.openapi.json"));
        JsonNode current = SpecJson.mapper().readTree(files.get("cloudfunctions-1.0.openapi.json"));

        assertThat(planned.at("/info/x-scp-status").asText()).isEqualTo("PLANNED");
        assertThat(planned.at("/paths/~1v1~1functions~1{function_id}/get/x-scp-status").asText()).isEqualTo("PLANNED");
        assertThat(planned.at("/paths/~1v1~1functions/post/x-scp-status").asText()).isEqualTo("PLANNED");
        assertThat(planned.at("/paths/~1v1~1functions/post/deprecated").isMissingNode()).isTrue();
        assertThat(current.at("/info/x-scp-status").asText()).isEqualTo("CURRENT");
    }

    @Test
    void theCurrentClientNeverCallsAPlannedVersion() {
        JavaFile currentApi = file("io.scpgen.scp.cloudfunctions.FunctionsApi");

        assertThat(currentApi.typeSpec().methodSpecs()).extracting(MethodSpec::name)
                .doesNotContain("showFunction").contains("createFunction", "listFunctions");
        assertThat(method(currentApi, "createFunction").code().toString()).contains("toScpRequest(\"1.0\"")
                .doesNotContain("\"1.1\"");
        assertThat(file("io.scpgen.scp.cloudfunctions.CloudFunctionsClient").typeSpec().javadoc().toString())
                .contains("Never called here: the PLANNED API versions 1.1, documented before their release");
        assertThat(method(file("io.scpgen.scp.dns.HostedZonesApi"),
                "deleteHostedZonesByHostedZoneIdRecordsByRecordId").code().toString()).contains("\"1.0\"");
    }

    @Test
    void thePlannedVersionsClientIsGeneratedAndSaysItCannotBeCalledYet() {
        JavaFile client = file("io.scpgen.scp.cloudfunctions.v1_1.CloudFunctionsClient");
        JavaFile api = file("io.scpgen.scp.cloudfunctions.v1_1.FunctionsApi");

        assertThat(client.typeSpec().javadoc().toString()).startsWith("The Cloud Functions API, version 1.1 (PLANNED).")
                .contains("<b>Not callable yet:</b> API version 1.1 is PLANNED");
        assertThat(client.typeSpec().annotations()).isEmpty();
        assertThat(method(api, "showFunction").javadoc().toString())
                .contains("API version 1.1, PLANNED.", "Not callable yet: SCP accepts calls of API version 1.1 once it"
                        + " is released (CURRENT).");
        assertThat(method(file("io.scpgen.scp.cloudfunctions.v1_0.FunctionsApi"), "createFunction").javadoc()
                .toString()).doesNotContain("Not callable");
    }

    @Test
    void theSdkCompilesAndItsGeneratedTestsPassThePlannedClientsAgainstTheDocsMock(@TempDir Path classes)
            throws Exception {
        assertThat(compilation.status()).as(compilation.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
        TestExecutionSummary summary = InMemoryJava.runTests(compilation, testFiles, classes);

        assertThat(summary.getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": "
                + f.getException()).isEmpty();
        // pinned: cloudfunctions 1.0 (2) and 1.1 (2), dns 1.0 and 1.1; current: 2 of cloudfunctions' 3, dns' 1
        assertThat(summary.getTestsSucceededCount()).isEqualTo(4 + 2 + 2 + 1);
    }

    @Test
    void whenTheDocsReleaseThePlannedVersionTheDiffSaysSoAsInformation(@TempDir Path temp) throws IOException {
        Path released = copyReleased(ServicesSdk.folder("planned"), temp);
        ServiceSpec now = SpecFromDocs.withAllReaders().load(List.of(released)).service("cloudfunctions")
                .orElseThrow();

        List<Change> changes = SpecDiff.betweenSnapshots(functions, now);

        assertThat(changes).extracting(c -> c.severity() + " " + c.kind().id() + " " + c.describe()).containsExactly(
                "INFO version-released service 1.1: released: PLANNED -> CURRENT, its calls are accepted now",
                "INFO current-version-changed POST /v1/functions 1.0 -> 1.1: the current client calls 1.1 instead"
                        + " of 1.0",
                "INFO version-released POST /v1/functions 1.1: released: PLANNED -> CURRENT, its calls are accepted"
                        + " now",
                "INFO current-version-changed GET /v1/functions/{function_id} 1.1: the current client calls 1.1,"
                        + " before no version of it was callable",
                "INFO version-released GET /v1/functions/{function_id} 1.1: released: PLANNED -> CURRENT, its calls"
                        + " are accepted now");
    }

    /** The planned pages as the docs print them once 1.1 is released: its rows and state lines say CURRENT. */
    private static Path copyReleased(Path folder, Path temp) throws IOException {
        try (Stream<Path> pages = Files.list(folder)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8)
                        .replace("1.1PLANNED-", "1.1CURRENT-").replace("ACTIVE (PLANNED)", "ACTIVE (CURRENT)");
                Files.writeString(temp.resolve(page.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return temp;
    }

    private static JavaFile file(String qualifiedName) {
        return mainFiles.stream().filter(f -> (f.packageName() + "." + f.typeSpec().name()).equals(qualifiedName))
                .findFirst().orElseThrow(() -> new AssertionError(qualifiedName + " not generated"));
    }

    private static MethodSpec method(JavaFile file, String name) {
        return file.typeSpec().methodSpecs().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + file.typeSpec().name()));
    }
}
