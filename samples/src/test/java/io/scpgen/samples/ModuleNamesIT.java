package io.scpgen.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.collection;

import io.scpgen.mock.MockScpServer;
import io.scpgen.runtime.ScpClientConfiguration;
import io.scpgen.scp.virtualserver.model.ImageListResponse;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged jars a user puts on the module path name their modules ({@code Automatic-Module-Name}): the runtime,
 * the mock server and the generated SDK. An integration test (failsafe, after {@code package}): it reads the jars
 * this module depends on, which {@code mvn verify} has just built.
 */
class ModuleNamesIT {

    private static final String RUNTIME = "io.scpgen.runtime";
    private static final String MOCK = "io.scpgen.mock";
    private static final String SDK = "io.scpgen.scp.virtualserver";

    @ParameterizedTest(name = "{1} is {2}")
    @CsvSource({
            "io.scpgen.runtime.ScpClientConfiguration, scpgen-runtime-, io.scpgen.runtime",
            "io.scpgen.mock.MockScpServer, scpgen-mock-server-, io.scpgen.mock",
            "io.scpgen.scp.virtualserver.model.ImageListResponse, scp-virtualserver-sdk-, io.scpgen.scp.virtualserver"})
    void theJarsManifestNamesItsModule(String className, String artifact, String module) throws Exception {
        Path jar = jarOf(Class.forName(className));
        assertThat(jar.getFileName().toString()).startsWith(artifact).endsWith(".jar");

        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue(new Attributes.Name("Automatic-Module-Name")))
                    .isEqualTo(module);
        }
        // the JDK takes the name as the module's (an invalid name would throw FindException here)
        ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor)
                .findFirst().orElseThrow();
        assertThat(descriptor.name()).isEqualTo(module);
        assertThat(descriptor.isAutomatic()).isTrue();
    }

    @Test
    void theThreeJarsFormOneModuleLayerWithoutSplitPackages() throws Exception {
        ModuleFinder finder = ModuleFinder.of(jarOf(ScpClientConfiguration.class), jarOf(MockScpServer.class),
                jarOf(ImageListResponse.class));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of(RUNTIME, MOCK, SDK));
        // one class loader for the three: a package in two of them would fail here
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getSystemClassLoader());

        assertThat(layer.findModule(SDK)).get().extracting(Module::getPackages)
                .asInstanceOf(collection(String.class)).contains(SDK + ".model", SDK + ".v1_3");
        assertThat(layer.findModule(RUNTIME)).get().extracting(Module::getPackages)
                .asInstanceOf(collection(String.class)).contains(RUNTIME);
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException, IOException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toRealPath();
    }
}
