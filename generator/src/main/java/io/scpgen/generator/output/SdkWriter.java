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
import java.util.Map;

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

    /** Generates the SDK of {@code spec}; {@code testRoot} null for no tests. Each tree is replaced as a whole. */
    public static Written write(ServiceSpec spec, EmitSettings settings, Path mainRoot, Path testRoot)
            throws IOException {
        Diagnostics lint = new Diagnostics();
        GeneratedSources sources = new SdkEmitter(settings).emit(spec, lint);
        SourceTreeWriter.Summary main = SourceTreeWriter.write(mainRoot, sources.mainTexts());
        SourceTreeWriter.Summary tests = null;
        if (testRoot != null) {
            tests = SourceTreeWriter.write(testRoot, sources.testTexts());
        } else {
            sources.tests(); // built, not rendered: building them is what lints the docs' examples
        }
        return new Written(main, tests, lint.sorted());
    }
}
