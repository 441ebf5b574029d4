package io.scpgen.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.ForeignLocale;
import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same docs give the same OpenAPI bytes: whatever the run, the input order, the locale or the time zone. */
class OpenApiDeterminismTest {

    @TempDir
    Path temp;

    @Test
    void twoRunsAndReversedInputOrderGiveIdenticalBytes() {
        SortedMap<String, String> first = export(SeedDocs.all());
        SortedMap<String, String> second = export(SeedDocs.all());
        SortedMap<String, String> backwards = export(reversed());

        assertThat(first).hasSize(4);
        assertThat(second).isEqualTo(first);
        assertThat(backwards).isEqualTo(first);
    }

    @Test
    void turkishLocaleAndAnotherTimeZoneGiveIdenticalBytes() throws Exception {
        SortedMap<String, String> expected = export(SeedDocs.all());
        Path out = temp.resolve("openapi");
        List<String> args = new ArrayList<>(List.of("openapi", "--out", out.toString(), "--docs"));
        reversed().forEach(p -> args.add(p.toString()));

        ForeignLocale.runScpgen(temp, args);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(expected.keySet());
        }
        for (String name : expected.keySet()) {
            assertThat(read(out.resolve(name))).as(name).isEqualTo(expected.get(name));
        }
    }

    private static SortedMap<String, String> export(List<Path> docs) {
        return OpenApiExporter.export(SpecFromDocs.withTextReaders().load(docs).spec(), new Diagnostics());
    }

    private static List<Path> reversed() {
        List<Path> reversed = new ArrayList<>(SeedDocs.all());
        Collections.reverse(reversed);
        return reversed;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
