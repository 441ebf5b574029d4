package io.scpgen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.SeedDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated per-operation and CLI pages (lines dropped, duplicated or cut, the service's name cut out of its example
 * requests, a 10,000-character title) through {@code scpgen generate} as a user runs it, writing files: it ends in
 * exit 0 with the output tree replaced (a CLI page alone has no operations, so it may be empty), or exit 2 with the
 * previous output intact; never an internal error.
 */
class MutatedDocsCommandPropertyTest {

    private static final List<List<String>> PAGES = new ArrayList<>();

    enum Kind { DROP_LINE, DUPLICATE_LINE, CUT_LINE, UNNAME_SERVICE, LONG_TITLE }

    @BeforeContainer
    static void loadPages() throws IOException {
        for (String page : List.of(SeedDocs.IMAGE_IMPORT, SeedDocs.IMAGE_MEMBERS, SeedDocs.PENDING_IMAGES,
                SeedDocs.CLI_IMAGE_MEMBERS)) {
            PAGES.add(Files.readAllLines(SeedDocs.file(page)));
        }
    }

    @Property(tries = 40, seed = "20261202")
    void generateEndsInSourcesOrInAUserError(@ForAll("pageIndex") int page, @ForAll("kinds") List<Kind> kinds,
                                             @ForAll("positions") List<Double> positions) throws IOException {
        Path temp = Files.createTempDirectory("mutated-docs");
        try {
            Path docs = Files.createDirectories(temp.resolve("docs"));
            Files.write(docs.resolve("page.txt"), mutate(PAGES.get(page), kinds, positions));
            Path out = Files.createDirectories(temp.resolve("main"));
            Files.writeString(out.resolve("Previous.java"), "class Previous {}");

            CliRun run = CliRun.of("generate", "--docs", docs.toString(), "--out", out.toString(),
                    "--tests", temp.resolve("test").toString());

            assertThat(run.exitCode()).as(run.err()).isIn(0, 2);
            Statistics.collect(run.exitCode());
            // checked after the last try: the tries reach both a generated SDK and a user error
            Statistics.coverage(checker -> {
                checker.check(0).count(c -> c > 0);
                checker.check(2).count(c -> c > 0);
            });
            assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
            if (run.exitCode() == 0) {
                assertThat(out.resolve("Previous.java")).doesNotExist(); // the tree was replaced
                assertThat(run.err()).contains("sdk: ").contains(" in " + out);
            } else {
                assertThat(out.resolve("Previous.java")).hasContent("class Previous {}");
                assertThat(run.err().strip().lines().reduce((a, b) -> b).orElse("")).startsWith("scpgen: ");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(temp)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Provide
    Arbitrary<Integer> pageIndex() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<List<Kind>> kinds() {
        return Arbitraries.of(Kind.class).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Double>> positions() {
        return Arbitraries.doubles().between(0, 1).list().ofSize(4);
    }

    private static List<String> mutate(List<String> page, List<Kind> kinds, List<Double> positions) {
        List<String> lines = new ArrayList<>(page);
        for (int i = 0; i < kinds.size() && !lines.isEmpty(); i++) {
            int at = (int) Math.min(lines.size() - 1, Math.floor(positions.get(i) * lines.size()));
            switch (kinds.get(i)) {
                case DROP_LINE -> lines.remove(at);
                case DUPLICATE_LINE -> lines.add(at, lines.get(at));
                case CUT_LINE -> lines.set(at, lines.get(at).substring(0, lines.get(at).length() / 2));
                case UNNAME_SERVICE -> lines.replaceAll(line -> line.replace("virtualserver", ""));
                case LONG_TITLE -> lines.add(at, "1 - " + "A".repeat(10_000));
            }
        }
        return lines;
    }
}
