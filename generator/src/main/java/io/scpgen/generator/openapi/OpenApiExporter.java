package io.scpgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scpgen.generator.spec.ApiVersion;
import io.scpgen.generator.spec.Diagnostics;
import io.scpgen.generator.spec.ServiceSpec;
import io.scpgen.generator.spec.SpecJson;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exports a normalized spec as OpenAPI 3.1: one document per API version, holding the operations documented for
 * that version and the models they use. A pure function of the spec: the same spec gives the same bytes
 * (fixed field order, {@code \n} line ends, no clock or locale). Problems the export works around (a path parameter
 * documented as optional, a model defined nowhere...) are added to the diagnostics as warnings.
 *
 * <p>This is the API the command line ({@code scpgen openapi}) and the Maven plugin call.
 */
public final class OpenApiExporter {

    /** The file name stem used when the docs name no service. */
    public static final String UNNAMED_SERVICE = "service";

    private OpenApiExporter() {
    }

    /**
     * Every API version's document as JSON text, by file name ({@link #fileName(ServiceSpec, String)}).
     *
     * @param diagnostics receives the export's warnings
     */
    public static SortedMap<String, String> export(ServiceSpec spec, Diagnostics diagnostics) {
        SortedMap<String, String> files = new TreeMap<>();
        documents(spec, diagnostics).forEach((version, document) ->
                files.put(fileName(spec, version), json(document)));
        return files;
    }

    /** A document's text as {@link #export} writes it: two-space indent, {@code \n} line ends, a final newline. */
    public static String json(ObjectNode document) {
        return SpecJson.write(document);
    }

    /** Every API version's document as a JSON tree, by version, oldest first. */
    public static SortedMap<String, ObjectNode> documents(ServiceSpec spec, Diagnostics diagnostics) {
        SortedMap<String, ObjectNode> documents = new TreeMap<>(ApiVersion.VERSION_ORDER);
        for (String version : VersionSlice.versions(spec)) {
            documents.put(version, document(spec, version, diagnostics));
        }
        return documents;
    }

    /** The document of one API version; it has no paths when no operation documents that version. */
    public static ObjectNode document(ServiceSpec spec, String version, Diagnostics diagnostics) {
        return new DocumentBuilder(diagnostics).document(VersionSlice.of(spec, version));
    }

    /** {@code virtualserver-1.3.openapi.json}. */
    public static String fileName(String service, String version) {
        return service + "-" + version + ".openapi.json";
    }

    /** The file name of a version's document; {@code service-1.3.openapi.json} when the docs name no service. */
    public static String fileName(ServiceSpec spec, String version) {
        return fileName(VersionSlice.hasServiceName(spec) ? spec.name() : UNNAMED_SERVICE, version);
    }
}
