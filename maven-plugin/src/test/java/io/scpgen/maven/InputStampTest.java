package io.scpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputStampTest {

    @TempDir
    Path temp;

    @Test
    void matchesOnlyWhileTheDocsAndTheConfigurationAreUnchanged() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "1 - 1.3");
        Path stampFile = temp.resolve("target/generate.stamp");
        InputStamp.of(docs, Map.of("basePackage", "a.b"), List.of()).writeTo(stampFile);

        assertThat(InputStamp.of(docs, Map.of("basePackage", "a.b"), List.of()).matches(stampFile)).isTrue();
        assertThat(InputStamp.of(docs, Map.of("basePackage", "a.c"), List.of()).matches(stampFile))
                .as("configuration").isFalse();
        Files.writeString(docs.resolve("a.txt"), "1 - 1.2");
        assertThat(InputStamp.of(docs, Map.of("basePackage", "a.b"), List.of()).matches(stampFile))
                .as("content of the same length").isFalse();
        Files.writeString(docs.resolve("a.txt"), "1 - 1.3");
        Files.move(docs.resolve("a.txt"), docs.resolve("b.txt"));
        assertThat(InputStamp.of(docs, Map.of("basePackage", "a.b"), List.of()).matches(stampFile))
                .as("file name").isFalse();
    }

    @Test
    void docsAreComparedByContentNotByTimestamp() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs/sub"));
        Files.writeString(docs.resolve("a.txt"), "1 - 1.3");
        Path stampFile = temp.resolve("target/generate.stamp");
        InputStamp.of(temp.resolve("docs"), Map.of(), List.of()).writeTo(stampFile);

        Files.setLastModifiedTime(docs.resolve("a.txt"), FileTime.fromMillis(0));
        assertThat(InputStamp.of(temp.resolve("docs"), Map.of(), List.of()).matches(stampFile))
                .as("a doc checked out again, same content").isTrue();
        Files.writeString(docs.resolve("c.txt"), "");
        assertThat(InputStamp.of(temp.resolve("docs"), Map.of(), List.of()).matches(stampFile))
                .as("an empty file added in a sub-folder").isFalse();
    }

    @Test
    void aJarOfTheGeneratorCountsAsChangedWhenRebuiltUnderTheSameVersion() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        File jar = Files.writeString(temp.resolve("scpgen-generator-0.1.0-SNAPSHOT.jar"), "classes").toFile();
        Path stampFile = temp.resolve("target/generate.stamp");
        InputStamp.of(docs, Map.of(), List.of(jar)).writeTo(stampFile);

        assertThat(InputStamp.of(docs, Map.of(), List.of(jar)).matches(stampFile)).isTrue();
        Files.setLastModifiedTime(jar.toPath(), FileTime.fromMillis(jar.lastModified() + 1000));
        assertThat(InputStamp.of(docs, Map.of(), List.of(jar)).matches(stampFile)).as("reinstalled").isFalse();
        File other = Files.writeString(temp.resolve("scpgen-generator-0.2.0.jar"), "classes").toFile();
        assertThat(InputStamp.of(docs, Map.of(), List.of(other)).matches(stampFile)).as("another version").isFalse();
    }

    @Test
    void aFolderOfClassesCountsAsChangedWhenAnyFileInItIs() throws IOException {
        Path classes = Files.createDirectories(temp.resolve("classes/io/scpgen"));
        Files.writeString(classes.resolve("A.class"), "a");
        String before = InputStamp.codeOf(temp.resolve("classes").toFile());

        assertThat(InputStamp.codeOf(temp.resolve("classes").toFile())).isEqualTo(before).contains(" 1 files ");
        Files.writeString(classes.resolve("B.class"), "b");
        String added = InputStamp.codeOf(temp.resolve("classes").toFile());
        assertThat(added).as("a class added").isNotEqualTo(before).contains(" 2 files ");
        Files.writeString(classes.resolve("B.class"), "bb");
        assertThat(InputStamp.codeOf(temp.resolve("classes").toFile())).as("a class rebuilt").isNotEqualTo(added);
    }

    @Test
    void theStampFileSaysWhatItWasMadeFrom() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "1 - 1.3");
        File jar = Files.writeString(temp.resolve("plugin.jar"), "classes").toFile();
        Path stampFile = temp.resolve("target/generate.stamp");

        InputStamp.of(docs, Map.of("basePackage", "a.b", "versions", "1.3"), List.of(jar)).writeTo(stampFile);

        assertThat(Files.readAllLines(stampFile, StandardCharsets.UTF_8)).containsExactly(
                "doc a.txt 7 " + Long.toHexString(crc32("1 - 1.3")),
                "config basePackage=a.b",
                "config versions=1.3",
                "code " + jar.getAbsolutePath() + " 7 " + jar.lastModified());
    }

    @Test
    void noStampFileNeverMatches() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));

        assertThat(InputStamp.of(docs, Map.of(), List.of()).matches(temp.resolve("absent.stamp"))).isFalse();
    }

    private static long crc32(String text) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
