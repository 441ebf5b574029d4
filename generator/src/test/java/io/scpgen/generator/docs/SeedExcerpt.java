package io.scpgen.generator.docs;

import io.scpgen.generator.SeedDocs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/** Sections of the reference print view, cut from the project's copy so the excerpt is always the seed's text. */
final class SeedExcerpt {

    /** 1.1 Accept a volume transfer, 1.55 List Keypairs, and the models 2.37, 2.40, 2.108 and 2.109 they use. */
    private static final List<String> SECTIONS = List.of("1.1", "1.55", "2.37", "2.40", "2.108", "2.109");

    /** The parts headings ({@code 1 - APIs}, {@code 2 - Models}) and the service header are kept too. */
    private static final Set<String> PARTS = Set.of("1", "2");

    private SeedExcerpt() {
    }

    static String referenceSections() {
        List<String> kept = new ArrayList<>();
        String section = null;
        for (String line : lines()) {
            Optional<MatchResult> heading = LineShapes.numberedHeading(line);
            if (heading.isPresent()) {
                section = heading.get().group(1);
            }
            if (section == null || PARTS.contains(section) || SECTIONS.stream().anyMatch(inside(section))) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static java.util.function.Predicate<String> inside(String section) {
        return chosen -> section.equals(chosen) || section.startsWith(chosen + ".");
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(SeedDocs.file(SeedDocs.REFERENCE_1_1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
