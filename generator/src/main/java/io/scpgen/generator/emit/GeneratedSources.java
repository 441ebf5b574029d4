package io.scpgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;

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

    /** A file's source text, as written to disk. */
    public static String text(JavaFile file) {
        return file.toString();
    }
}
