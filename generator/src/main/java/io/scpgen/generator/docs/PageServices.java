package io.scpgen.generator.docs;

import io.scpgen.generator.docs.Block.Code;
import io.scpgen.generator.docs.Block.Paragraph;
import io.scpgen.generator.docs.rules.ServiceIdentity;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.Model;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rule: every section of a page belongs to one service. It is the service of the header block it follows (its
 * OpenAPI URL; the parser ends a header's scope at the next heading as high as the header's), else the one the
 * section names itself (its example request's {@code Scp-Api-Version}, its {@code scp-cli <service>} command), else
 * the page's when the page names exactly one. A header without an OpenAPI URL takes the service its own sections name.
 * A section whose example names another service than its header's is kept with the header, with a warning. What is
 * still unnamed is a part of service null: the caller gives it the service the user chose, or reports it.
 */
final class PageServices {

    /**
     * A section read in the scope of a header (null when none) with the service it names itself (null when none).
     *
     * @param line where the section starts, for a warning
     */
    private record Item<T>(DocPage.ServiceHeader header, String named, T value, int line) {
    }

    private final String file;
    private final String title;
    private final List<DocPage.ServiceHeader> headers;
    private final Diagnostics diagnostics;
    private final List<Item<DocPage.EndpointSection>> endpoints = new ArrayList<>();
    private final List<Item<Model>> models = new ArrayList<>();
    private final List<Item<DocPage.CommandSection>> commands = new ArrayList<>();

    PageServices(String file, String title, List<DocPage.ServiceHeader> headers, Diagnostics diagnostics) {
        this.file = file;
        this.title = title;
        this.headers = List.copyOf(headers);
        this.diagnostics = diagnostics;
    }

    PageServices endpoints(List<DocParser.Scoped<DocPage.EndpointSection>> read) {
        read.forEach(s -> s.read().ifPresent(e -> endpoints.add(new Item<>(s.header(), exampleHeaderService(s.body()),
                e, e.variant().source().line()))));
        return this;
    }

    PageServices models(List<DocParser.Scoped<Model>> read) {
        read.forEach(s -> s.read().ifPresent(m -> models.add(new Item<>(s.header(), null, m, m.source().line()))));
        return this;
    }

    PageServices commands(List<DocParser.Scoped<DocPage.CommandSection>> read) {
        read.forEach(s -> s.read().ifPresent(c -> commands.add(new Item<>(s.header(),
                c.command() == null ? null : ServiceIdentity.fromCliCommand(c.command()).orElse(null), c,
                c.variant().source().line()))));
        return this;
    }

    /** One part per service, in the order the page names them; the unnamed part, if any, last. */
    List<DocPage> pages() {
        Map<DocPage.ServiceHeader, String> headerServices = new IdentityHashMap<>();
        for (DocPage.ServiceHeader header : headers) {
            headerServices.put(header, header.name() != null ? header.name() : namedInScope(header));
        }
        List<String> named = new ArrayList<>();
        headers.forEach(h -> named.add(headerServices.get(h)));
        allItems().forEach(item -> named.add(item.named()));
        List<String> distinct = named.stream().filter(Objects::nonNull).distinct().toList();
        String pageService = distinct.size() == 1 ? distinct.get(0) : null;

        Map<String, Part> parts = new LinkedHashMap<>();
        for (DocPage.ServiceHeader header : headers) {
            String service = headerServices.get(header);
            parts.computeIfAbsent(service, Part::new).header(header.name() == null ? header.withName(service) : header);
        }
        // a header's sections are its service's, or unnamed when it has none: never the page's other service
        Function<Item<?>, String> serviceOf = item -> {
            if (item.header() == null) {
                return item.named() != null ? item.named() : pageService;
            }
            String byHeader = headerServices.get(item.header());
            if (byHeader != null && item.named() != null && !item.named().equals(byHeader)) {
                diagnostics.warn(file, item.line(), "the section's example names service '" + item.named()
                        + "' but it follows the service header of '" + byHeader + "': expected the header's"
                        + " service; the section is kept in " + byHeader);
            }
            return byHeader;
        };
        endpoints.forEach(i -> parts.computeIfAbsent(serviceOf.apply(i), Part::new).endpoints.add(i.value()));
        models.forEach(i -> parts.computeIfAbsent(serviceOf.apply(i), Part::new).models.add(i.value()));
        commands.forEach(i -> parts.computeIfAbsent(serviceOf.apply(i), Part::new).commands.add(i.value()));
        List<DocPage> pages = new ArrayList<>();
        parts.values().stream().filter(p -> p.service != null).map(Part::page).forEach(pages::add);
        Optional.ofNullable(parts.get(null)).map(Part::page).ifPresent(pages::add);
        return pages;
    }

    /** The first service a section in the header's scope names itself. */
    private String namedInScope(DocPage.ServiceHeader header) {
        return allItems().stream().filter(i -> i.header() == header && i.named() != null).map(Item::named)
                .findFirst().orElse(null);
    }

    private List<Item<?>> allItems() {
        List<Item<?>> all = new ArrayList<>(endpoints);
        all.addAll(models);
        all.addAll(commands);
        return all;
    }

    /** The service named by an example request's {@code Scp-Api-Version} line in the section. */
    private static String exampleHeaderService(List<Block> body) {
        for (Block block : body) {
            String text = block instanceof Code c ? c.text() : block instanceof Paragraph p ? p.text() : null;
            Optional<String> service = text == null ? Optional.empty() : ServiceIdentity.fromApiVersionHeader(text);
            if (service.isPresent()) {
                return service.get();
            }
        }
        return null;
    }

    /** What the page says about one service, collected. */
    private final class Part {
        final String service;
        DocPage.ServiceHeader header;
        final List<DocPage.EndpointSection> endpoints = new ArrayList<>();
        final List<Model> models = new ArrayList<>();
        final List<DocPage.CommandSection> commands = new ArrayList<>();

        Part(String service) {
            this.service = service;
        }

        void header(DocPage.ServiceHeader header) {
            if (this.header == null) {
                this.header = header;
            }
        }

        DocPage page() {
            return new DocPage(file, service, title, header, endpoints, models, commands);
        }
    }
}
