package io.scpgen.generator.emit;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Compiles emitted sources in memory (Compile-Testing) against the test classpath, and loads what they become. */
public final class InMemoryJava {

    private InMemoryJava() {
    }

    public static Compilation compile(List<JavaFile> files) {
        List<JavaFileObject> sources = files.stream()
                .map(f -> JavaFileObjects.forSourceString(f.packageName() + "." + f.typeSpec().name(), f.toString()))
                .toList();
        List<File> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new).toList();
        return javac().withOptions("-Xlint:all", "--release", "17").withClasspath(classpath).compile(sources);
    }

    /** Writes the compiled classes to {@code folder} and returns a class loader over them. */
    public static URLClassLoader load(Compilation compilation, Path folder) {
        try {
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                // names look like /CLASS_OUTPUT/io/scpgen/.../X.class
                String name = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
            return new URLClassLoader(new URL[] {folder.toUri().toURL()}, InMemoryJava.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the generated test classes among {@code testFiles} (compiled in {@code compilation}) with JUnit. */
    public static TestExecutionSummary runTests(Compilation compilation, List<JavaFile> testFiles, Path folder)
            throws IOException, ClassNotFoundException {
        try (URLClassLoader loader = load(compilation, folder)) {
            List<DiscoverySelector> selectors = new java.util.ArrayList<>();
            for (JavaFile test : testFiles) {
                if (test.typeSpec().name().endsWith("Test")) {
                    selectors.add(DiscoverySelectors.selectClass(
                            loader.loadClass(test.packageName() + "." + test.typeSpec().name())));
                }
            }
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectors).build();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(request, listener);
            return listener.getSummary();
        }
    }
}
