package io.scpgen.generator.docs;

import io.scpgen.generator.docs.Block.Code;
import io.scpgen.generator.docs.Block.Heading;
import io.scpgen.generator.docs.Block.Paragraph;
import io.scpgen.generator.docs.Block.Table;
import io.scpgen.generator.docs.rules.LifecycleStatusLine;
import io.scpgen.generator.docs.rules.ServiceIdentity;
import io.scpgen.generator.docs.rules.VersionHistorySection;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Environment;
import io.scpgen.generator.spec.LifecycleStatus;
import io.scpgen.generator.spec.Model;
import io.scpgen.generator.spec.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a page's blocks into a {@link DocPage}: the service header, endpoint and CLI version sections, and model
 * tables. The page is cut at its numbered headings; each section is read by the part that knows its shape.
 */
public final class DocParser {

    private static final Pattern VERSION = Pattern.compile("^\\d+\\.\\d+$");

    private final Diagnostics diagnostics;
    private final String file;
    private final RowCounter rows = new RowCounter();

    private DocParser(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public static DocPage.Parsed parse(SourceDocument document, List<Block> blocks, Diagnostics diagnostics) {
        return new DocParser(document.name(), diagnostics).parse(blocks);
    }

    /**
     * A section read in the scope of the service header before it (null when none): the header names its service,
     * else the section itself does (example request header, CLI command), else the page decides.
     */
    record Scoped<T>(DocPage.ServiceHeader header, List<Block> body, Optional<T> read) {
    }

    private DocPage.Parsed parse(List<Block> blocks) {
        List<List<Block>> sections = splitAtNumberedHeadings(blocks);
        List<Block> preamble = sections.get(0);
        String title = preamble.stream().filter(b -> b instanceof Heading h && h.number() == null
                && !LineShapes.isLabel(h.text())).map(b -> ((Heading) b).text()).findFirst().orElse(null);
        DocPage.ServiceHeader header = serviceHeader(title, preamble, 1);
        countUnplacedRows(preamble);

        // which reading each section gets depends on the sections before it; the readings themselves do not, so
        // they run in parallel (a long page has hundreds of sections)
        List<Runnable> readings = new ArrayList<>();
        SectionReader sectionReader = new SectionReader(file, diagnostics, rows);
        List<Scoped<DocPage.EndpointSection>> endpointSlots = new ArrayList<>();
        List<Scoped<Model>> modelSlots = new ArrayList<>();
        List<Scoped<DocPage.CommandSection>> commandSlots = new ArrayList<>();
        List<DocPage.ServiceHeader> headers = new ArrayList<>();
        if (header != null) {
            headers.add(header);
        }
        int modelsDepth = -1; // the depth of the 'Models' heading whose model sections follow; -1 outside one
        int headerDepth = 0; // the depth of the current header's heading: a heading as high ends its scope
        String currentTitle = header == null ? title : null;
        for (List<Block> section : sections.subList(1, sections.size())) {
            Heading heading = (Heading) section.get(0);
            List<Block> body = section.subList(1, section.size());
            boolean versionSection = VERSION.matcher(heading.text()).matches();
            if (!versionSection && header != null && heading.depth() <= headerDepth) {
                header = null; // the next category or service: sections from here on name their own service
            }
            String sectionTitle = currentTitle;
            DocPage.ServiceHeader scope = header;
            DocPage.ServiceHeader serviceHeader;
            if (versionSection) {
                if (isCommandSection(body)) {
                    readings.add(slot(commandSlots, scope, body,
                            () -> sectionReader.command(sectionTitle, heading, body)));
                } else {
                    readings.add(slot(endpointSlots, scope, body,
                            () -> sectionReader.endpoint(sectionTitle, heading, body)));
                }
            } else if (heading.text().equalsIgnoreCase("APIs")) {
                modelsDepth = -1;
                countUnplacedRows(body);
            } else if (heading.text().equalsIgnoreCase("Models")) {
                modelsDepth = heading.depth();
                countUnplacedRows(body);
            } else if ((serviceHeader = serviceHeader(heading.text(), body, heading.line())) != null) {
                // a service is known by its header block (Overview, Version, OpenAPI URL), at any heading depth
                header = serviceHeader;
                headerDepth = heading.depth();
                headers.add(header);
                modelsDepth = -1;
                currentTitle = null;
            } else if (modelsDepth >= 0 && heading.depth() > modelsDepth) {
                readings.add(slot(modelSlots, scope, body, () -> sectionReader.model(heading, body)));
            } else {
                modelsDepth = -1;
                currentTitle = heading.text();
                countUnplacedRows(body);
            }
        }
        readings.parallelStream().forEach(Runnable::run);
        if (Stream.of(endpointSlots, modelSlots, commandSlots).flatMap(List::stream).allMatch(s -> s.read().isEmpty())
                && headers.isEmpty()) {
            diagnostics.error(file, 1, "no API section found: expected a service header, a version heading such as"
                    + " '1 - 1.3' followed by a method line such as 'get /v1/images', or a model table");
        }
        return new DocPage.Parsed(file, new PageServices(file, title, headers, diagnostics)
                .endpoints(endpointSlots).models(modelSlots).commands(commandSlots).pages(),
                rows.readCount(), rows.keptCount());
    }

    /** Reserves the next place in {@code slots} and returns the reading that fills it. */
    private static <T> Runnable slot(List<Scoped<T>> slots, DocPage.ServiceHeader scope, List<Block> body,
                                     Supplier<Optional<T>> reading) {
        int index = slots.size();
        slots.add(new Scoped<>(scope, body, Optional.empty()));
        return () -> slots.set(index, new Scoped<>(scope, body, reading.get()));
    }

    private static boolean isCommandSection(List<Block> body) {
        return body.stream().anyMatch(b -> b instanceof Code c && c.language().equals("command"));
    }

    private static List<List<Block>> splitAtNumberedHeadings(List<Block> blocks) {
        List<List<Block>> sections = new ArrayList<>();
        sections.add(new ArrayList<>());
        for (Block block : blocks) {
            if (block instanceof Heading h && h.number() != null) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(block);
        }
        return sections;
    }

    /** Rows in a part of the page no section claims are read but not kept: say so. */
    private void countUnplacedRows(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Table table && RowCounter.counts(table)) {
                rows.read(table.rows().size());
                diagnostics.error(file, table.line(), table.rows().size() + " table rows outside any endpoint or"
                        + " model section: expected a version heading (such as '1.1.1 - 1.1') before them");
            }
        }
    }

    /** The service header in {@code blocks} (a page's preamble, or a numbered section's body); null when none. */
    private DocPage.ServiceHeader serviceHeader(String title, List<Block> blocks, int line) {
        List<ApiVersion> versions = new ArrayList<>();
        Map<String, List<String>> regions = new LinkedHashMap<>();
        String baseUrl = null;
        String name = null;
        StringBuilder description = new StringBuilder();
        String label = "";
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                label = h.number() == null && LineShapes.isLabel(h.text()) ? h.text().toLowerCase(java.util.Locale.ROOT) : label;
            } else if (block instanceof Paragraph p) {
                Optional<String> service = ServiceIdentity.fromOpenApiUrl(p.text());
                if (service.isPresent()) {
                    baseUrl = p.text().trim();
                    name = service.get();
                } else if (label.equals("overview")) {
                    description.append(description.length() == 0 ? "" : "\n").append(p.text());
                }
            } else if (block instanceof Table t && t.layout() == TableLayout.SERVICE_VERSIONS) {
                for (Block.Row row : t.rows()) {
                    serviceVersion(row).ifPresent(versions::add);
                }
            } else if (block instanceof Table t && t.layout() == TableLayout.ENVIRONMENTS) {
                for (Block.Row row : t.rows()) {
                    if (row.cells().size() == 2) {
                        regions.computeIfAbsent(row.cell(0), k -> new ArrayList<>()).add(row.cell(1));
                    }
                }
            }
        }
        if (versions.isEmpty() && baseUrl == null && regions.isEmpty()) {
            return null;
        }
        versions = VersionHistorySection.attach(versions, VersionHistorySection.read(blocks, file, diagnostics), file,
                diagnostics);
        if (baseUrl == null) {
            diagnostics.warn(file, line, "service header has no base URL: expected a line such as"
                    + " 'https://virtualserver.{region}.{environment}.samsungsdscloud.com'");
        }
        List<Environment> environments = regions.entrySet().stream()
                .map(e -> new Environment(e.getKey(), e.getValue())).toList();
        return new DocPage.ServiceHeader(name, title, description.toString(), baseUrl, versions, environments);
    }

    private Optional<ApiVersion> serviceVersion(Block.Row row) {
        Optional<LifecycleStatus> status = LifecycleStatus.parse(row.cell(1));
        // the supported-until date is the third column, or the fourth after a newer header's Not Before column
        Optional<String> date = LifecycleStatusLine.isoDate(row.cell(row.cells().size() >= 4 ? 3 : 2));
        if (status.isEmpty() || date.isEmpty()) {
            diagnostics.error(file, row.line(), "cannot read version row " + row.cells()
                    + ": expected a version, PLANNED|CURRENT|SUPPORTED|DEPRECATED and a date (20251231) or '-'");
            return Optional.empty();
        }
        return Optional.of(new ApiVersion(row.cell(0), status.get(), date.get().isEmpty() ? null : date.get()));
    }

    /** Counts table rows read and kept, for the coverage line; sections are read in parallel. */
    static final class RowCounter {
        private final AtomicInteger read = new AtomicInteger();
        private final AtomicInteger kept = new AtomicInteger();

        static boolean counts(Table table) {
            return table.layout() == TableLayout.PARAMETERS || table.layout() == TableLayout.RESPONSES
                    || table.layout() == TableLayout.MODEL_FIELDS || table.layout() == TableLayout.CLI_OPTIONS
                    || table.layout() == TableLayout.CLI_FIELDS;
        }

        void read(int count) {
            read.addAndGet(count);
        }

        void keep() {
            kept.incrementAndGet();
        }

        int readCount() {
            return read.get();
        }

        int keptCount() {
            return kept.get();
        }
    }

    static Source source(String file, int line) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return new Source(file.substring(slash + 1), line);
    }
}
