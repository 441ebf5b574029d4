package io.scpgen.generator.output;

import io.scpgen.generator.emit.EmitSettings;
import io.scpgen.generator.emit.GeneratedSources;
import io.scpgen.generator.emit.SdkEmitter;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The step {@code scpgen generate} and the Maven goal share: the SDK emitted, rendered and written below its source
 * root, its tests below theirs when there is one, and the docs lint that building the tests gives.
 */
public final class SdkWriter {

    /**
     * What a run wrote.
     *
     * @param tests null when no test root was given
     * @param lint  the examples that disagree with their models, as warnings at their lines
     */
    public record Written(SourceTreeWriter.Summary main, SourceTreeWriter.Summary tests, List<Diagnostic> lint) {

        /** {@code docs lint: 80 examples disagree with their models}. */
        public String lintSummary() {
            long count = lint.stream().filter(d -> d.severity() == Severity.WARNING).count();
            return "docs lint: " + count + " example" + (count == 1 ? " disagrees" : "s disagree")
                    + " with their models";
        }
    }

    private SdkWriter() {
    }

    /**
     * Generates the SDK of every service in {@code specs}, each in its own package, into one source root (and one
     * test root); {@code testRoot} null for no tests (they are then not built at all: the docs lint does not need
     * them). Each tree is replaced as a whole.
     */
    public static Written write(List<ServiceSpec> specs, EmitSettings settings, Path mainRoot, Path testRoot)
            throws IOException {
        Diagnostics lint = new Diagnostics();
        SdkEmitter emitter = new SdkEmitter(settings);
        try (SourceTreeWriter.Staging main = SourceTreeWriter.stage(mainRoot);
             SourceTreeWriter.Staging tests = testRoot == null ? null : SourceTreeWriter.stage(testRoot)) {
            // one service at a time: its files are rendered, staged and let go before the next one's
            for (ServiceSpec spec : specs) {
                GeneratedSources sources = emitter.emit(spec, lint);
                main.add(sources.mainTexts());
                if (tests != null) {
                    tests.add(sources.testTexts());
                }
            }
            return new Written(main.commit(), tests == null ? null : tests.commit(), lint.sorted());
        }
    }
}
