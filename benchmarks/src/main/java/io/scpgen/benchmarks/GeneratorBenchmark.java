package io.scpgen.benchmarks;

import io.scpgen.generator.emit.EmitSettings;
import io.scpgen.generator.emit.GeneratedSources;
import io.scpgen.generator.emit.SdkEmitter;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm-JVM cost of scpgen's stages on the seed docs (all versions): parse + merge, emit + render (main sources and
 * tests), and the whole pipeline in memory (no file writes). The docs folder comes from the system property
 * {@code scpgen.docs} (default {@code spec/docs/virtualserver}, relative to the working directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeneratorBenchmark {

    private List<Path> docs;
    private ServiceSpec spec;

    @Setup
    public void setUp() {
        Path dir = Path.of(System.getProperty("scpgen.docs", "spec/docs/virtualserver"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no docs at " + dir.toAbsolutePath() + "; set -Dscpgen.docs=...");
        }
        docs = List.of(dir);
        spec = SpecFromDocs.withAllReaders().load(docs).spec();
        if (spec == null) {
            throw new IllegalStateException("nothing read from " + dir.toAbsolutePath());
        }
    }

    /** Reading the five seed pages, parsing them and merging them into one spec. */
    @Benchmark
    public ServiceSpec parseAndMerge() {
        return SpecFromDocs.withAllReaders().load(docs).spec();
    }

    /** Emitting the SDK and its tests for every version and rendering them to text. */
    @Benchmark
    public int emit() {
        return render(spec);
    }

    /** Docs in, rendered sources out: what {@code scpgen generate} does minus start-up and file writes. */
    @Benchmark
    public int pipeline() {
        return render(SpecFromDocs.withAllReaders().load(docs).spec());
    }

    private static int render(ServiceSpec spec) {
        GeneratedSources sources = new SdkEmitter(new EmitSettings("io.scpgen.scp", List.of()))
                .emit(spec, new Diagnostics());
        Map<String, String> main = sources.mainTexts();
        Map<String, String> tests = sources.testTexts();
        return main.size() + tests.size();
    }
}
