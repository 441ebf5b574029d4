package io.scpgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The generated Java files: main sources and tests. */
public record GeneratedSources(List<JavaFile> main, List<JavaFile> tests) {

    public GeneratedSources {
        main = List.copyOf(main);
        tests = List.copyOf(tests);
    }

    /** A file's path below its source root: {@code io/scpgen/scp/virtualserver/model/Tag.java}. */
    public static String relativePath(JavaFile file) {
        return file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
    }

    /** The main sources by path below their source root, rendered in parallel. */
    public Map<String, String> mainTexts() {
        return texts(main);
    }

    /** The generated tests by path below their source root, rendered in parallel. */
    public Map<String, String> testTexts() {
        return texts(tests);
    }

    private static Map<String, String> texts(List<JavaFile> files) {
        // rendering is most of generation's time, and each file renders on its own
        return files.parallelStream().collect(Collectors.toConcurrentMap(GeneratedSources::relativePath,
                JavaFile::toString)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
