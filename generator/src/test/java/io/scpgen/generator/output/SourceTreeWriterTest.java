package io.scpgen.generator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeWriterTest {

    @TempDir
    Path temp;

    @Test
    void unchangedFilesKeepTheirTimestampsAndStaleFilesGo() throws IOException {
        Path root = temp.resolve("src");
        SourceTreeWriter.write(root, Map.of("a/A.java", "class A {}", "a/Old.java", "class Old {}"));
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(root.resolve("a/A.java"), past);

        SourceTreeWriter.Summary summary = SourceTreeWriter.write(root,
                Map.of("a/A.java", "class A {}", "b/B.java", "class B {}"));

        assertThat(summary).isEqualTo(new SourceTreeWriter.Summary(1, 1, 1));
        assertThat(Files.getLastModifiedTime(root.resolve("a/A.java"))).isEqualTo(past);
        assertThat(root.resolve("a/Old.java")).doesNotExist();
        assertThat(root.resolve("b/B.java")).hasContent("class B {}");
        assertThat(temp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }

    @Test
    void everyFileOfALargeTreeIsWrittenAndCountedOnce() throws IOException {
        Path root = temp.resolve("src");
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            files.put("p" + (i % 7) + "/C" + i + ".java", "class C" + i + " {}");
        }
        SourceTreeWriter.write(root, files);
        files.put("p0/C0.java", "class C0 { int changed; }");

        SourceTreeWriter.Summary summary = SourceTreeWriter.write(root, files);

        assertThat(summary).isEqualTo(new SourceTreeWriter.Summary(1, 299, 0));
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertThat(root.resolve(file.getKey())).hasContent(file.getValue());
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousTreeIntact() throws IOException {
        Path root = temp.resolve("src");
        SourceTreeWriter.write(root, Map.of("a/A.java", "class A {}"));
        Map<String, String> impossible = new TreeMap<>();
        impossible.put("x/X.java", "class X {}");
        impossible.put("x/X.java/Y.java", "class Y {}"); // a file cannot also be a folder

        assertThatThrownBy(() -> SourceTreeWriter.write(root, impossible)).isInstanceOf(IOException.class);

        assertThat(root.resolve("a/A.java")).hasContent("class A {}");
        assertThat(root.resolve("x")).doesNotExist();
        assertThat(temp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }

    @Test
    void partsStagedOneByOneAreSwappedInTogetherAndCountedAsOneTree() throws IOException {
        Path root = temp.resolve("src");
        SourceTreeWriter.write(root, Map.of("a/A.java", "class A {}", "old/Old.java", "class Old {}"));

        SourceTreeWriter.Summary summary;
        try (SourceTreeWriter.Staging staging = SourceTreeWriter.stage(root)) {
            staging.add(Map.of("a/A.java", "class A {}"));
            staging.add(Map.of("b/B.java", "class B {}"));
            assertThat(root.resolve("b")).as("nothing is in place before the commit").doesNotExist();
            summary = staging.commit();
        }

        assertThat(summary).isEqualTo(new SourceTreeWriter.Summary(1, 1, 1));
        assertThat(root.resolve("b/B.java")).hasContent("class B {}");
        assertThat(root.resolve("old")).doesNotExist();
        assertThat(temp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }

    @Test
    void stagingClosedWithoutACommitLeavesTheTreeAsItWas() throws IOException {
        Path root = temp.resolve("src");
        SourceTreeWriter.write(root, Map.of("a/A.java", "class A {}"));

        try (SourceTreeWriter.Staging staging = SourceTreeWriter.stage(root)) {
            staging.add(Map.of("b/B.java", "class B {}"));
            assertThatThrownBy(() -> staging.add(Map.of("b/B.java", "class C {}")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b/B.java");
        }

        assertThat(root.resolve("a/A.java")).hasContent("class A {}");
        assertThat(root.resolve("b")).doesNotExist();
        assertThat(temp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }
}
