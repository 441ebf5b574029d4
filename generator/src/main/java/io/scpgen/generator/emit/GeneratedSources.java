package io.scpgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The generated Java files, main sources and tests, as the class specs that build them. A file is built and
 * rendered in one step and then let go, so a run never holds every file's JavaPoet tree at once.
 */
public final class GeneratedSources {

    private final List<ClassSpec> main;
    private final List<ClassSpec> tests;

    GeneratedSources(List<ClassSpec> main, List<ClassSpec> tests) {
        this.main = List.copyOf(main);
        this.tests = List.copyOf(tests);
    }

    /** A file's path below its source root: {@code io/scpgen/scp/virtualserver/model/Tag.java}. */
    public static String relativePath(JavaFile file) {
        return file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
    }

    /** The main sources, built on each call. */
    public List<JavaFile> main() {
        return files(main);
    }

    /** The generated tests, built on each call. */
    public List<JavaFile> tests() {
        return files(tests);
    }

    /** The main sources by path below their source root, built and rendered in parallel. */
    public Map<String, String> mainTexts() {
        return texts(main);
    }

    /** The generated tests by path below their source root, built and rendered in parallel. */
    public Map<String, String> testTexts() {
        return texts(tests);
    }

    private static List<JavaFile> files(List<ClassSpec> specs) {
        // each class spec builds on its own; the list keeps the specs' order
        return specs.parallelStream().map(GeneratedSources::file).toList();
    }

    private static Map<String, String> texts(List<ClassSpec> specs) {
        return specs.parallelStream().map(GeneratedSources::file)
                .collect(Collectors.toConcurrentMap(GeneratedSources::relativePath, JavaFile::toString))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static JavaFile file(ClassSpec spec) {
        return JavaFile.builder(spec.className().packageName(), spec.poetSpec())
                .skipJavaLangImports(true).indent("    ").build();
    }
}
