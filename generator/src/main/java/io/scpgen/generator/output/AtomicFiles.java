package io.scpgen.generator.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Writes a file so that readers see the old content or the new, never half of it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /**
     * Writes several files so that a failure leaves every one of them as it was: all are written beside their
     * targets first, and moved into place only when all were written (each move replaces a file in one step).
     */
    public static void writeAll(Map<Path, String> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path parent = file.getKey().toAbsolutePath().getParent();
                Files.createDirectories(parent);
                // a plain new file (not createTempFile, which is owner-only) so the result has the usual permissions
                Path temp = parent.resolve("." + file.getKey().getFileName() + "." + UUID.randomUUID() + ".tmp");
                temps.put(temp, file.getKey());
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
            }
            for (Map.Entry<Path, Path> temp : temps.entrySet()) {
                move(temp.getKey(), temp.getValue());
            }
        } finally {
            for (Path temp : temps.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Deletes a folder and everything in it, such as a staging folder; nothing when it is absent. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Moves a finished file into place, replacing the target in one step where the file system can. */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
