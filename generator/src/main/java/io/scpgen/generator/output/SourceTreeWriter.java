package io.scpgen.generator.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a generated source tree. Everything is written to a staging folder first and swapped into place only when
 * all of it was written, so a failure leaves the previous tree intact. Files whose content did not change keep
 * their timestamps (so incremental builds recompile nothing); files of types no longer generated are gone.
 */
public final class SourceTreeWriter {

    /** What a write changed. */
    public record Summary(int written, int unchanged, int removed) {
        /** {@code 383 files written, 0 unchanged, 0 removed}. */
        public String describe() {
            return written + " files written, " + unchanged + " unchanged, " + removed + " removed";
        }
    }

    private SourceTreeWriter() {
    }

    /**
     * Replaces the tree at {@code root} with {@code files} (paths relative to the root, contents).
     */
    public static Summary write(Path root, Map<String, String> files) throws IOException {
        Path target = root.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
        try {
            for (Path folder : new TreeSet<>(files.keySet().stream().map(f -> staging.resolve(f).getParent()).toList())) {
                Files.createDirectories(folder);
            }
            // creating a file is a system call that waits on the file system: files are written two at a time
            long unchanged = files.entrySet().parallelStream()
                    .filter(file -> stage(staging, target, file.getKey(), file.getValue())).count();
            int removed = countRemoved(target, files);
            swap(staging, target);
            return new Summary(files.size() - (int) unchanged, (int) unchanged, removed);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            AtomicFiles.deleteTree(staging);
        }
    }

    /** Writes one file into the staging tree; true when it is unchanged (it then keeps its timestamp). */
    private static boolean stage(Path staging, Path target, String path, String text) {
        try {
            Path staged = staging.resolve(path);
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            Files.write(staged, content);
            Path existing = target.resolve(path);
            if (Files.isRegularFile(existing) && Arrays.equals(Files.readAllBytes(existing), content)) {
                Files.setLastModifiedTime(staged, Files.getLastModifiedTime(existing));
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countRemoved(Path target, Map<String, String> files) throws IOException {
        if (!Files.isDirectory(target)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            return (int) walk.filter(Files::isRegularFile)
                    .filter(p -> !files.containsKey(target.relativize(p).toString().replace('\\', '/'))).count();
        }
    }

    /** Two renames: the old tree aside, the new one in; then the old one is deleted. */
    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            AtomicFiles.deleteTree(old);
        }
    }
}
