package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.Diagnostics;

/**
 * One OpenAPI 3.1 document for one API version, its fields in a fixed order: {@code openapi}, {@code info},
 * {@code servers}, {@code paths}, {@code components}.
 */
final class DocumentBuilder {

    static final String OPENAPI_VERSION = "3.1.0";

    private final Diagnostics diagnostics;

    DocumentBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    ObjectNode document(VersionSlice slice) {
        if (!VersionSlice.hasServiceName(slice.spec())) {
            diagnostics.warn(VersionSlice.specSource(slice.spec()).file(), 0, "the docs name no service: expected a"
                    + " page that states it (such as the API reference's service header); the OpenAPI documents"
                    + " have no x-scp-service or x-scp-api-version");
        }
        SchemaMapper schemas = new SchemaMapper();
        MediaTypes mediaTypes = new MediaTypes(schemas);
        OperationMapper operations = new OperationMapper(new OperationIds(diagnostics),
                new ParameterMapper(schemas, diagnostics), new RequestBodyMapper(mediaTypes),
                new ResponseMapper(mediaTypes, diagnostics));

        ObjectNode document = Nodes.object();
        document.put("openapi", OPENAPI_VERSION);
        document.set("info", new InfoBuilder().info(slice));
        ArrayNode servers = new ServersBuilder(diagnostics).servers(slice.spec());
        if (!servers.isEmpty()) {
            document.set("servers", servers);
        }
        document.set("paths", new PathsBuilder(operations, diagnostics).paths(slice));
        ObjectNode components = new ComponentsBuilder(new ModelSchemaMapper(schemas), diagnostics).build(slice);
        if (!components.isEmpty()) {
            document.set("components", components);
        }
        return document;
    }
}
