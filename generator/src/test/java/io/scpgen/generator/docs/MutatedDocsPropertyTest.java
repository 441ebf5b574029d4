package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.emit.EmitSettings;
import io.scpgen.generator.emit.GeneratedSources;
import io.scpgen.generator.emit.SdkEmitter;
import io.scpgen.generator.openapi.OpenApiExporter;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Severity;
import io.scpgen.generator.spec.SpecJson;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated copies of the seed docs (lines dropped, duplicated, truncated, bytes flipped, a 10,000-character title
 * inserted) always end in specs or in error diagnostics that name the file, a line, and what was expected; never in
 * an exception or a hang. Every stage runs: read, merge, spec JSON, SDK emission (sources and tests rendered) and the
 * OpenAPI export, since a crash in a later stage is still a crash.
 */
class MutatedDocsPropertyTest {

    private static final List<byte[]> SEEDS = new ArrayList<>();

    enum Kind { DROP_LINE, DUPLICATE_LINE, TRUNCATE, FLIP_BYTE, LONG_TITLE }

    record Mutation(Kind kind, double where, int value) {
    }

    @BeforeContainer
    static void loadSeeds() throws IOException {
        for (Path file : SeedDocs.all()) {
            SEEDS.add(Files.readAllBytes(file));
        }
        for (int i = 0; i < 20; i++) {
            SpecFromDocs.withTextReaders().load(SeedDocs.all()); // a warm JVM, so the per-try guard sees parsing only
        }
    }

    @Property(tries = 400, seed = "20261125")
    void mutatedDocsEndInASpecOrADocumentedError(@ForAll("seedIndex") int seed,
                                                  @ForAll("mutations") List<Mutation> mutations) throws IOException {
        byte[] mutated = mutate(SEEDS.get(seed), mutations);
        Path file = Files.createTempFile("mutated", ".txt");
        try {
            Files.write(file, mutated);
            // a guard against a parser that hangs (runaway backtracking), not a speed check: generous for a loaded CI
            // a mutation can cut the service's name (an example's "Scp-Api-Version = virtu"): such pages get one
            SpecFromDocs.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> SpecFromDocs.withTextReaders().load(List.of(file), "mutated"));

            if (result.specs().isEmpty()) {
                assertThat(result.diagnostics()).anyMatch(d -> d.severity() == Severity.ERROR);
            }
            Diagnostics later = new Diagnostics();
            for (ServiceSpec spec : result.specs()) {
                assertThat(SpecJson.write(spec)).startsWith("{").contains("\"name\": \"" + spec.name() + "\"");
                GeneratedSources sources = new SdkEmitter(new EmitSettings("io.scpgen.scp", List.of())).emit(spec, later);
                assertThat(sources.mainTexts()).allSatisfy((path, text) ->
                        assertThat(path).hasSizeLessThan(255).endsWith(".java"));
                sources.testTexts();
                assertThat(OpenApiExporter.export(spec, later).keySet())
                        .allSatisfy(name -> assertThat(name).startsWith(spec.name() + "-"));
            }
            for (Diagnostic diagnostic : result.diagnostics()) {
                assertThat(diagnostic.file()).endsWith(file.getFileName().toString());
                assertThat(diagnostic.line()).isBetween(0, Math.max(1, lineCount(mutated)));
                assertThat(diagnostic.message()).contains("expected");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, SeedDocs.ALL.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 255)).as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(8);
    }

    private static byte[] mutate(byte[] seed, List<Mutation> mutations) {
        byte[] bytes = seed;
        for (Mutation mutation : mutations) {
            bytes = apply(bytes, mutation);
        }
        return bytes;
    }

    private static byte[] apply(byte[] bytes, Mutation m) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = (int) Math.min(bytes.length - 1, Math.floor(m.where() * bytes.length));
        return switch (m.kind()) {
            case TRUNCATE -> Arrays.copyOf(bytes, at);
            case LONG_TITLE -> {
                int start = at;
                while (start > 0 && bytes[start - 1] != '\n') {
                    start--;
                }
                byte[] title = ("1." + m.value() + " - " + "A".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8);
                yield concat(Arrays.copyOfRange(bytes, 0, start), title, Arrays.copyOfRange(bytes, start, bytes.length));
            }
            case FLIP_BYTE -> {
                byte[] copy = bytes.clone();
                copy[at] = (byte) (copy[at] ^ m.value());
                yield copy;
            }
            case DROP_LINE, DUPLICATE_LINE -> {
                int start = at;
                while (start > 0 && bytes[start - 1] != '\n') {
                    start--;
                }
                int end = at;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                end = Math.min(bytes.length, end + 1);
                byte[] line = Arrays.copyOfRange(bytes, start, end);
                byte[] before = Arrays.copyOfRange(bytes, 0, start);
                byte[] after = Arrays.copyOfRange(bytes, end, bytes.length);
                yield m.kind() == Kind.DROP_LINE ? concat(before, after) : concat(before, line, line, after);
            }
        };
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static int lineCount(byte[] bytes) {
        int lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
