package io.scpgen.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fingerprint of a goal's inputs: every doc file (path and content) and the configuration. When the stamp file
 * holds the same fingerprint, nothing changed since the last run.
 */
final class InputStamp {

    private final String value;

    private InputStamp(String value) {
        this.value = value;
    }

    /** The fingerprint of the files below {@code docs} and of {@code configuration} (ordered by key). */
    static InputStamp of(Path docs, Map<String, String> configuration) throws IOException {
        MessageDigest digest = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(docs)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(docs.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(sha256().digest(Files.readAllBytes(file)));
        }
        configuration.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            digest.update((e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
        });
        return new InputStamp(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The fingerprint of the code {@code type} was loaded from: its jar's content, or its folder of classes. A
     * rebuilt generator must count as a change even when its version (a SNAPSHOT) stays the same.
     */
    static String codeOf(Class<?> type) throws IOException {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the code of " + type.getName() + ": " + e.getMessage(), e);
        }
        return Files.isDirectory(location) ? of(location, Map.of()).value
                : HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(location)));
    }

    /** Whether {@code stampFile} records this fingerprint. */
    boolean matches(Path stampFile) throws IOException {
        return Files.isRegularFile(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).trim().equals(value);
    }

    void writeTo(Path stampFile) throws IOException {
        Files.createDirectories(stampFile.getParent());
        Files.writeString(stampFile, value + "\n", StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
