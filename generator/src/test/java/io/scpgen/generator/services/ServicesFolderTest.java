package io.scpgen.generator.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import io.scpgen.generator.emit.InMemoryJava;
import io.scpgen.generator.openapi.OpenApiExporter;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Field;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.runtime.auth.ScpCredentials;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * One docs folder, many services (src/test/resources/services/five-services, see its README): a category print view
 * of two services, a global service, flattened and pipe and HTML layouts, English and Korean, a per-operation page
 * named only by its example request, and two services that share {@code POST /v1/snapshots} and a model name. Each
 * service is its own spec, package and OpenAPI documents; the SDK of all of them compiles and its tests pass.
 */
class ServicesFolderTest {

    private static SpecFromDocs.Result result;
    private static List<JavaFile> mainFiles;
    private static List<JavaFile> testFiles;
    private static Compilation compilation;

    @BeforeAll
    static void readEmitAndCompile() {
        ServicesSdk sdk = ServicesSdk.of("five-services");
        result = sdk.result();
        mainFiles = sdk.mainFiles();
        testFiles = sdk.testFiles();
        compilation = sdk.compilation();
    }

    @Test
    void eachServiceIsItsOwnSpecNamedByItsId() {
        assertThat(result.specs()).extracting(ServiceSpec::name).containsExactly("baremetal-blockstorage",
                "direct-connect", "dns", "filestorage", "parallelfilestorage", "product");
        assertThat(result.service("direct-connect").orElseThrow().title()).isEqualTo("Direct Connect");
        assertThat(result.service("dns").orElseThrow().operations()).extracting(o -> o.method() + " " + o.path())
                .containsExactly("GET /v1/hosted-zones", "POST /v1/hosted-zones", "GET /v1/hosted-zones/{hosted_zone_id}",
                        "POST /v1/hosted-zones/{hosted_zone_id}/records");
        assertThat(result.service("product").orElseThrow().baseUrl())
                .isEqualTo("https://product.{environment}.samsungsdscloud.com");
        assertThat(result.service("direct-connect").orElseThrow().versions())
                .extracting(v -> v.version() + " " + v.status() + " " + v.supportedUntil())
                .containsExactly("1.0 DEPRECATED 2026-06-30", "1.1 CURRENT null");
    }

    @Test
    void servicesSharingAPathAndAModelNameNeverMix() {
        ServiceSpec files = result.service("filestorage").orElseThrow();
        ServiceSpec parallel = result.service("parallelfilestorage").orElseThrow();

        assertThat(files.operation("POST", "/v1/snapshots")).isPresent();
        assertThat(parallel.operation("POST", "/v1/snapshots")).isPresent();
        assertThat(fields(files.model("SnapshotCreateRequest").orElseThrow())).containsExactly("name", "volume_id");
        assertThat(fields(parallel.model("SnapshotCreateRequest").orElseThrow()))
                .containsExactly("description", "file_system_id", "retention_days", "snapshot_name");
        assertThat(parallel.operation("POST", "/v1/volumes")).isEmpty();
        // the per-operation page's request model is defined by no page of its own service: reported, not borrowed
        assertThat(result.service("baremetal-blockstorage").orElseThrow().model("VolumeCreateRequest")).isEmpty();
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.format())
                .contains("baremetal-blockstorage-volume-create-1.0.txt")
                .contains("model VolumeCreateRequest is referenced but defined nowhere"));
    }

    @Test
    void eachServiceHasItsOwnPackageAndClient() {
        Set<String> packages = new TreeSet<>();
        mainFiles.forEach(f -> packages.add(f.packageName().split("\\.")[3]));
        assertThat(packages).containsExactly("baremetalblockstorage", "directconnect", "dns", "filestorage",
                "parallelfilestorage", "product");
        assertThat(mainFiles).extracting(f -> f.packageName() + "." + f.typeSpec().name())
                .contains("io.scpgen.scp.directconnect.v1_1.DirectConnectClient",
                        "io.scpgen.scp.dns.v1_0.DNSClient",
                        "io.scpgen.scp.filestorage.model.SnapshotCreateRequest",
                        "io.scpgen.scp.parallelfilestorage.model.SnapshotCreateRequest",
                        "io.scpgen.scp.baremetalblockstorage.v1_0.BaremetalBlockstorageClient");
    }

    @Test
    void theOpenApiExportIsOneDocumentPerServiceAndVersion() {
        List<String> files = new ArrayList<>();
        for (ServiceSpec spec : result.specs()) {
            files.addAll(OpenApiExporter.export(spec, new Diagnostics()).keySet());
        }
        assertThat(files).containsExactly("baremetal-blockstorage-1.0.openapi.json", "direct-connect-1.0.openapi.json",
                "direct-connect-1.1.openapi.json", "dns-1.0.openapi.json", "filestorage-1.0.openapi.json",
                "filestorage-1.1.openapi.json", "parallelfilestorage-1.0.openapi.json", "product-1.0.openapi.json");
    }

    @Test
    void theSdkOfAllServicesCompilesAndEachServicesGeneratedTestsPass(@TempDir Path classes) throws Exception {
        assertThat(compilation.status()).as(compilation.diagnostics().toString()).isEqualTo(Compilation.Status.SUCCESS);
        // a test per operation version of the pinned clients, and per operation of each current client
        int operationVersions = result.specs().stream().flatMap(s -> s.operations().stream())
                .mapToInt(o -> o.variants().size() + 1).sum();
        TestExecutionSummary summary = InMemoryJava.runTests(compilation, testFiles, classes);

        assertThat(summary.getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": "
                + f.getException()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(operationVersions).isEqualTo(28 + 20);
    }

    @Test
    void aGlobalServicesClientNeedsNoRegionARegionalOneDoes(@TempDir Path classes) throws Exception {
        ScpClientConfiguration noRegion = ScpClientConfiguration.builder().environmentVariables(name -> null)
                .homeDirectory(classes) // no .scpconf: a default-region there would give the regional client one
                .credentials(ScpCredentials.of("ak", "sk")).environment("e").build();
        try (URLClassLoader loader = InMemoryJava.load(compilation, classes)) {
            Method product = loader.loadClass("io.scpgen.scp.product.v1_0.ProductClient")
                    .getMethod("create", ScpClientConfiguration.class);
            Method dns = loader.loadClass("io.scpgen.scp.dns.v1_0.DNSClient")
                    .getMethod("create", ScpClientConfiguration.class);

            Object client = product.invoke(null, noRegion);
            java.lang.reflect.Field handler = client.getClass().getDeclaredField("handler");
            handler.setAccessible(true);
            assertThat(((io.scpgen.runtime.ScpClientHandler) handler.get(client)).endpoint())
                    .hasToString("https://product.e.samsungsdscloud.com");
            assertThatThrownBy(() -> dns.invoke(null, noRegion)).hasRootCauseInstanceOf(IllegalStateException.class)
                    .rootCause().hasMessageStartingWith("No SCP region for dns");
        }
    }

    private static List<String> fields(Model model) {
        return model.fields().stream().map(Field::name).toList();
    }
}
