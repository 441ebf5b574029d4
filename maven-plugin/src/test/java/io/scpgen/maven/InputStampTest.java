package io.scpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        InputStamp.of(docs, Map.of("basePackage", "a.b")).writeTo(stampFile);

        assertThat(InputStamp.of(docs, Map.of("basePackage", "a.b")).matches(stampFile)).isTrue();
        assertThat(InputStamp.of(docs, Map.of("basePackage", "a.c")).matches(stampFile)).as("configuration").isFalse();
        Files.writeString(docs.resolve("a.txt"), "1 - 1.2");
        assertThat(InputStamp.of(docs, Map.of("basePackage", "a.b")).matches(stampFile)).as("content").isFalse();
        Files.writeString(docs.resolve("a.txt"), "1 - 1.3");
        Files.move(docs.resolve("a.txt"), docs.resolve("b.txt"));
        assertThat(InputStamp.of(docs, Map.of("basePackage", "a.b")).matches(stampFile)).as("file name").isFalse();
    }

    @Test
    void theGeneratorsCodeIsFingerprintedByContentNotByVersion() throws IOException {
        String jar = InputStamp.codeOf(org.junit.jupiter.api.Test.class);
        String classes = InputStamp.codeOf(InputStampTest.class);

        assertThat(jar).hasSize(64).isEqualTo(InputStamp.codeOf(org.junit.jupiter.api.Test.class));
        assertThat(classes).hasSize(64).isNotEqualTo(jar);
        Path folder = Path.of(InputStampTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path added = folder.resolve("InputStampTest-probe.txt");
        try {
            Files.writeString(added, "a rebuilt class");
            assertThat(InputStamp.codeOf(InputStampTest.class)).as("rebuilt code").isNotEqualTo(classes);
        } finally {
            Files.deleteIfExists(added);
        }
    }

    @Test
    void noStampFileNeverMatches() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));

        assertThat(InputStamp.of(docs, Map.of()).matches(temp.resolve("absent.stamp"))).isFalse();
    }
}
