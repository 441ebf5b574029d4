package io.scpgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same docs give the same bytes: whatever the run, the input order, the locale or the time zone. */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void twoRunsAndReversedInputOrderGiveIdenticalBytes() {
        List<Path> reversed = new ArrayList<>(SeedDocs.all());
        Collections.reverse(reversed);

        String first = SpecJson.write(SpecFromDocs.withTextReaders().load(SeedDocs.all()).spec());
        String second = SpecJson.write(SpecFromDocs.withTextReaders().load(SeedDocs.all()).spec());
        String backwards = SpecJson.write(SpecFromDocs.withTextReaders().load(reversed).spec());

        assertThat(second).isEqualTo(first);
        assertThat(backwards).isEqualTo(first);
    }

    @Test
    void turkishLocaleAndAnotherTimeZoneGiveIdenticalBytes() throws Exception {
        String expected = SpecJson.write(SpecFromDocs.withTextReaders().load(SeedDocs.all()).spec());
        Path out = temp.resolve("spec.json");
        List<String> args = new ArrayList<>(List.of("spec", "--out", out.toString(), "--docs"));
        List<Path> reversed = new ArrayList<>(SeedDocs.all());
        Collections.reverse(reversed);
        reversed.forEach(p -> args.add(p.toString()));

        ForeignLocale.runScpgen(temp, args);

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
