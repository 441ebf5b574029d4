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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The read -> parse -> merge stages as one call: doc files and folders in, one spec and its diagnostics out. */
public final class SpecFromDocs {

    /** Why docs inputs holding no page at all cannot be used, and how to get pages. */
    private static final String NO_PAGE_FOUND = "no doc page found (no .txt, .md, .html or .htm file): fetch the"
            + " service's pages first, with scpgen fetch --url <the service's doc page> --out <the docs folder>";

    /** Rows of one page: how many the reader found and how many made it into the spec. */
    public record Coverage(String file, int rowsRead, int rowsKept) {
        public String format() {
            return "coverage: " + file + ": " + rowsRead + " rows read, " + rowsKept + " kept";
        }
    }

    /**
     * @param specs        one merged spec per service, sorted by service id; empty when no input could be read
     * @param unnamedPages the pages (some of) whose sections name no service, with none given for them
     */
    public record Result(List<ServiceSpec> specs, List<Diagnostic> diagnostics, List<Coverage> coverage,
                         List<String> unnamedPages) {

        public Result {
            specs = List.copyOf(specs);
            unnamedPages = List.copyOf(unnamedPages);
        }

        /** The spec of the one service the docs hold; null when they hold none. */
        public ServiceSpec spec() {
            if (specs.size() > 1) {
                throw new IllegalStateException("the docs hold " + specs.size() + " services, not one: "
                        + specs.stream().map(ServiceSpec::name).toList());
            }
            return specs.isEmpty() ? null : specs.get(0);
        }

        public Optional<ServiceSpec> service(String name) {
            return specs.stream().filter(s -> s.name().equals(name)).findFirst();
        }

        /** Whether a file or folder given could not be found or read: what was read is then not the docs. */
        public boolean missingInput() {
            return diagnostics.stream().anyMatch(Diagnostic::missingInput);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == io.scpgen.generator.spec.Severity.ERROR);
        }

        /**
         * Why these docs cannot be used, the one rule for the command line and the Maven goals: no page was found
         * (then it says how to fetch pages) or none could be read, an input is missing or unreadable, a page names no
         * service, or {@code strict} and the docs have errors. Empty when they can.
         *
         * @param strictOption  how the caller's strict option is named in the reason ({@code --strict})
         * @param serviceOption how the caller's option naming the service of such pages is named ({@code --service})
         */
        public Optional<String> unusable(boolean strict, String strictOption, String serviceOption) {
            if (specs.isEmpty() && unnamedPages.isEmpty()) {
                // nothing found at all is a new project's empty docs folder: say how to fill it
                return Optional.of(coverage.isEmpty() && diagnostics.isEmpty() ? NO_PAGE_FOUND
                        : "no doc page could be read");
            }
            if (missingInput()) {
                return Optional.of("an input is missing or unreadable");
            }
            if (!unnamedPages.isEmpty()) {
                return Optional.of(unnamedPages.size() + (unnamedPages.size() == 1 ? " page names" : " pages name")
                        + " no service " + unnamedPages + ": give " + serviceOption);
            }
            if (strict && hasErrors()) {
                return Optional.of("the docs have errors (" + strictOption + ")");
            }
            return Optional.empty();
        }

        /** The specs of the chosen services, in id order; all when {@code chosen} is empty. */
        public List<ServiceSpec> specs(List<String> chosen) {
            return chosen.isEmpty() ? specs : specs.stream().filter(s -> chosen.contains(s.name())).toList();
        }

        /** The chosen services the docs do not hold. */
        public List<String> unknownServices(List<String> chosen) {
            return chosen.stream().filter(name -> service(name).isEmpty()).toList();
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
        return load(inputs, null);
    }

    /**
     * Reads, parses and merges the docs, one spec per service.
     *
     * @param unnamedService the service of the sections whose pages name none; null to report them
     */
    public Result load(List<Path> inputs, String unnamedService) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, List<DocPage>> byService = new TreeMap<>();
        List<Coverage> coverage = new ArrayList<>();
        Set<String> unnamedPages = new TreeSet<>();
        // pages are read in parallel: small pages finish (and warm up the JSON parser) while a large one is read;
        // the merge below does not depend on their order
        DocLoader.expand(inputs, diagnostics).parallelStream().map(file -> loader.load(file, diagnostics)).toList()
                .forEach(loaded -> loaded.ifPresent(parsed -> {
                    coverage.add(new Coverage(parsed.file(), parsed.rowsRead(), parsed.rowsKept()));
                    for (DocPage page : parsed.services()) {
                        DocPage named = page.service() == null && unnamedService != null
                                ? page.withService(unnamedService) : page;
                        if (named.service() == null) {
                            unnamedPages.add(page.file());
                            diagnostics.error(page.file(), page.firstLine(), "the page names no service: expected a"
                                    + " service header with an OpenAPI URL, an example request header"
                                    + " \"Scp-Api-Version = <service> <version>\", a command 'scp-cli <service> ...',"
                                    + " or a service given for such pages (--service NAME)");
                        } else {
                            byService.computeIfAbsent(named.service(), k -> new ArrayList<>()).add(named);
                        }
                    }
                }));
        // services never mix: each is merged on its own
        List<ServiceSpec> specs = byService.values().parallelStream()
                .map(pages -> new SpecBuilder(diagnostics).build(pages)).toList();
        coverage.sort(java.util.Comparator.comparing(Coverage::file));
        return new Result(specs, diagnostics.sorted(), List.copyOf(coverage), List.copyOf(unnamedPages));
    }
}
