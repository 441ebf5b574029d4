package io.scpgen.generator.spec.merge;

import io.scpgen.generator.docs.DocLoader;
import io.scpgen.generator.docs.DocPage;
import io.scpgen.generator.docs.DocReaders;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The read -> parse -> merge stages as one call: doc files and folders in, one spec and its diagnostics out. */
public final class SpecFromDocs {

    /** Rows of one page: how many the reader found and how many made it into the spec. */
    public record Coverage(String file, int rowsRead, int rowsKept) {
        public String format() {
            return "coverage: " + file + ": " + rowsRead + " rows read, " + rowsKept + " kept";
        }
    }

    /**
     * @param spec the merged spec; null when no input could be read
     */
    public record Result(ServiceSpec spec, List<Diagnostic> diagnostics, List<Coverage> coverage) {
        /** Whether a file or folder given could not be found or read: what was read is then not the docs. */
        public boolean missingInput() {
            return diagnostics.stream().anyMatch(Diagnostic::missingInput);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == io.scpgen.generator.spec.Severity.ERROR);
        }
    }

    private final DocLoader loader;

    public SpecFromDocs(DocReaders readers) {
        this.loader = new DocLoader(readers);
    }

    public static SpecFromDocs withTextReaders() {
        return new SpecFromDocs(DocReaders.textLayouts());
    }

    /** Reads HTML pages of the doc site and every text layout: what the command line and the Maven plugin use. */
    public static SpecFromDocs withAllReaders() {
        return new SpecFromDocs(DocReaders.allLayouts());
    }

    public Result load(List<Path> inputs) {
        Diagnostics diagnostics = new Diagnostics();
        List<DocPage> pages = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        // pages are read in parallel: small pages finish (and warm up the JSON parser) while a large one is read;
        // the merge below does not depend on their order
        DocLoader.expand(inputs, diagnostics).parallelStream().map(file -> loader.load(file, diagnostics)).toList()
                .forEach(loaded -> loaded.ifPresent(page -> {
                    pages.add(page);
                    coverage.add(new Coverage(page.file(), page.rowsRead(), page.rowsKept()));
                }));
        ServiceSpec spec = pages.isEmpty() ? null : new SpecBuilder(diagnostics).build(pages);
        coverage.sort(java.util.Comparator.comparing(Coverage::file));
        return new Result(spec, diagnostics.sorted(), List.copyOf(coverage));
    }
}
