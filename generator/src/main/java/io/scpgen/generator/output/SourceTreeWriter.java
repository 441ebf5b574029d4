package io.scpgen.generator.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
        try (Staging staging = stage(root)) {
            staging.add(files);
            return staging.commit();
        }
    }

    /**
     * Starts replacing the tree at {@code root}: files are added part by part (a service's at a time, so a run need
     * not hold every file's text at once), and {@link Staging#commit()} swaps them in; closed without a commit, the
     * staged files are deleted and the tree stays as it was.
     */
    public static Staging stage(Path root) throws IOException {
        Path target = root.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        return new Staging(target, Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-"));
    }

    /** A tree being written beside the one it replaces. */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final Path folder;
        private final Set<String> paths = new HashSet<>();
        private long unchanged;

        private Staging(Path target, Path folder) {
            this.target = target;
            this.folder = folder;
        }

        /** Writes {@code files} (paths relative to the root, contents) into the staging tree. */
        public void add(Map<String, String> files) throws IOException {
            for (String path : files.keySet()) {
                if (!paths.add(path)) {
                    throw new IllegalArgumentException("two generated files have the path " + path);
                }
            }
            try {
                for (Path dir : new TreeSet<>(files.keySet().stream().map(f -> folder.resolve(f).getParent()).toList())) {
                    Files.createDirectories(dir);
                }
                // creating a file is a system call that waits on the file system: files are written two at a time
                unchanged += files.entrySet().parallelStream()
                        .filter(file -> stage(folder, target, file.getKey(), file.getValue())).count();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** Swaps the staged tree in for the old one; what it changed. */
        public Summary commit() throws IOException {
            int removed = countRemoved(target, paths);
            swap(folder, target);
            return new Summary(paths.size() - (int) unchanged, (int) unchanged, removed);
        }

        /** Deletes what is left of the staging tree: all of it when nothing was committed. */
        @Override
        public void close() throws IOException {
            AtomicFiles.deleteTree(folder);
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

    private static int countRemoved(Path target, Set<String> files) throws IOException {
        if (!Files.isDirectory(target)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            return (int) walk.filter(Files::isRegularFile)
                    .filter(p -> !files.contains(target.relativize(p).toString().replace('\\', '/'))).count();
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
