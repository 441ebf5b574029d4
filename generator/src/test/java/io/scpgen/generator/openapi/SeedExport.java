package io.scpgen.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.SeedDocs;
import io.scpgen.generator.spec.Diagnostic;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.merge.SpecFromDocs;
import java.util.List;
import java.util.SortedMap;

/** The export of the five seed docs, made once per test class that asks for it. */
record SeedExport(ServiceSpec spec, SortedMap<String, ObjectNode> documents, SortedMap<String, String> files,
                  List<Diagnostic> diagnostics) {

    static SeedExport load() {
        ServiceSpec spec = SpecFromDocs.withTextReaders().load(SeedDocs.all()).spec();
        assertThat(spec).as("the seed docs give a spec").isNotNull();
        Diagnostics diagnostics = new Diagnostics();
        SortedMap<String, ObjectNode> documents = OpenApiExporter.documents(spec, diagnostics);
        SortedMap<String, String> files = OpenApiExporter.export(spec, new Diagnostics());
        return new SeedExport(spec, documents, files, diagnostics.sorted());
    }

    ObjectNode document(String version) {
        ObjectNode document = documents.get(version);
        assertThat(document).as("document of " + version).isNotNull();
        return document;
    }
}
