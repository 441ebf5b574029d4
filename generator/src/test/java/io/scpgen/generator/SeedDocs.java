package io.scpgen.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The project's copy of the Virtual Server docs, as tests read them. */
public final class SeedDocs {

    public static final String REFERENCE_1_1 = "virtualserver-api-reference-print-1.1.txt";
    public static final String PENDING_IMAGES = "pending-images-list-1.3.txt";
    public static final String IMAGE_MEMBERS = "image-members-list-1.3.txt";
    public static final String IMAGE_IMPORT = "image-import-1.3.txt";
    public static final String CLI_IMAGE_MEMBERS = "cli-image-member-list-1.3.txt";

    public static final List<String> ALL = List.of(REFERENCE_1_1, PENDING_IMAGES, IMAGE_MEMBERS, IMAGE_IMPORT,
            CLI_IMAGE_MEMBERS);

    private SeedDocs() {
    }

    public static Path projectRoot() {
        Path root = Path.of(System.getProperty("scpgen.projectRoot", "..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("spec/docs/virtualserver"))) {
            throw new IllegalStateException("project root not found at " + root);
        }
        return root;
    }

    public static Path folder() {
        return projectRoot().resolve("spec/docs/virtualserver");
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }

    public static List<Path> all() {
        return ALL.stream().map(SeedDocs::file).toList();
    }
}
