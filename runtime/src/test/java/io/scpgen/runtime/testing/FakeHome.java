package io.scpgen.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A home folder for tests, with the {@code .scpconf/credentials.json} and {@code config.json} a test writes. */
public final class FakeHome {
    private final Path home;

    public FakeHome(Path home) {
        this.home = home;
    }

    public Path path() {
        return home;
    }

    /** Writes credentials.json, readable by its owner only (as SCP's tools leave it). */
    public Path credentials(String json) {
        Path file = write("credentials.json", json);
        permissions(file, "rw-------");
        return file;
    }

    public Path config(String json) {
        return write("config.json", json);
    }

    /** Sets POSIX permissions such as {@code rw-r--r--}, where the file system has them. */
    public static void permissions(Path file, String permissions) {
        if (hasPosixPermissions()) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static boolean hasPosixPermissions() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private Path write(String name, String content) {
        try {
            Path folder = Files.createDirectories(home.resolve(".scpconf"));
            return Files.writeString(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
