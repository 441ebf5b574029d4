package io.scpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.SpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Emitted Java checked against committed expected output, so every change to generated code shows in review.
 * Refresh with {@code mvn -pl generator test -Dtest=EmitGoldenTest -Dscpgen.updateGolden=true}.
 */
class EmitGoldenTest {

    private static final Path GOLDEN = SeedDocs.projectRoot().resolve("generator/src/test/resources/golden/emit");
    private static List<JavaFile> files;

    @BeforeAll
    static void emit() throws IOException {
        GeneratedSources sources = new SdkEmitter(new EmitSettings(EmitSettings.DEFAULT_PACKAGE, List.of()))
                .emit(SpecJson.read(SeedDocs.projectRoot().resolve("spec/virtualserver.json")), new Diagnostics());
        files = new ArrayList<>(sources.main());
        files.addAll(sources.tests());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "io/scpgen/scp/virtualserver/model/ImageCreateRequest.java",        // nested arrays, enums, constraints
        "io/scpgen/scp/virtualserver/model/ImageListResponseV1Dot2.java",   // an inferred version variant
        "io/scpgen/scp/virtualserver/VirtualServerClient.java",             // the current client
        "io/scpgen/scp/virtualserver/ImagesApi.java",                       // its operations, each at its version
        "io/scpgen/scp/virtualserver/VirtualServerApiVersions.java",        // the docs' version table
        "io/scpgen/scp/virtualserver/v1_3/VirtualServerClient.java",        // a client for one version
        "io/scpgen/scp/virtualserver/v1_0/VirtualServerClient.java",        // a deprecated version's client
        "io/scpgen/scp/virtualserver/v1_1/ImagesApi.java",                  // a resource group with a paginator
        "io/scpgen/scp/virtualserver/request/ListImagesRequest.java",       // a request object, shared by versions
        "io/scpgen/scp/virtualserver/request/ImportImageRequest.java",      // a body and no response
        "io/scpgen/scp/virtualserver/v1_3/ImagesApiTest.java",              // generated tests
        "io/scpgen/scp/virtualserver/PendingImagesApiTest.java",            // the current client's tests
    })
    void emittedFileMatchesGolden(String path) throws IOException {
        String actual = files.stream().filter(f -> GeneratedSources.relativePath(f).equals(path)).findFirst()
                .map(JavaFile::toString).orElseThrow(() -> new AssertionError("not emitted: " + path));
        Path golden = GOLDEN.resolve(path + ".txt");
        if (Boolean.getBoolean("scpgen.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden " + golden + " (refresh with -Dscpgen.updateGolden=true and review the diff)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * Every other emitted file by its SHA-256: a change to any generated file, not only to the files above, fails
     * here and shows in review as a changed line of {@code sdk-files.sha256}.
     */
    @Test
    void everyEmittedFileMatchesItsRecordedDigest() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String actual = files.stream()
                .map(f -> HexFormat.of().formatHex(sha256.digest(f.toString().getBytes(StandardCharsets.UTF_8)))
                        + "  " + GeneratedSources.relativePath(f))
                .sorted(java.util.Comparator.comparing((String line) -> line.substring(66)))
                .collect(Collectors.joining("\n", "", "\n"));
        Path golden = GOLDEN.resolve("sdk-files.sha256");
        if (Boolean.getBoolean("scpgen.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden " + golden + " (refresh with -Dscpgen.updateGolden=true and review the diff)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
