package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;

/** The runtime library's types the generated code uses. */
public final class Runtime {

    private static final String PACKAGE = "io.scpgen.runtime";

    public static final ClassName CLIENT_HANDLER = ClassName.get(PACKAGE, "ScpClientHandler");
    public static final ClassName CONFIGURATION = ClassName.get(PACKAGE, "ScpClientConfiguration");
    public static final ClassName REQUEST = ClassName.get(PACKAGE, "ScpRequest");
    public static final ClassName OPERATION_REQUEST = ClassName.get(PACKAGE, "ScpOperationRequest");
    public static final ClassName REQUEST_OVERRIDES = ClassName.get(PACKAGE, "ScpRequestOverrides");
    public static final ClassName HTTP_METHOD = ClassName.get(PACKAGE, "HttpMethod");
    public static final ClassName MODEL = ClassName.get(PACKAGE, "ScpModel");
    public static final ClassName COLLECTIONS = ClassName.get(PACKAGE, "ScpCollections");
    public static final ClassName OBJECTS = ClassName.get(PACKAGE, "ScpObjects");
    public static final ClassName API_VERSION = ClassName.get(PACKAGE + ".version", "ScpApiVersion");
    public static final ClassName API_VERSION_STATUS = ClassName.get(PACKAGE + ".version", "ScpApiVersionStatus");
    public static final ClassName MARKER_PAGINATOR = ClassName.get(PACKAGE + ".pagination", "MarkerPaginator");

    private Runtime() {
    }

    /**
     * {@code this.tags = ScpCollections.copyOf(tags)} for a list or a map, so the object holds an unmodifiable copy
     * (as built and as read from JSON); {@code this.name = name} for anything else.
     */
    public static CodeBlock assignment(TypeName type, String name) {
        TypeName raw = type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
        if (raw.equals(ClassName.get(List.class)) || raw.equals(ClassName.get(Map.class))) {
            return CodeBlock.of("this.$N = $T.copyOf($N)", name, COLLECTIONS, name);
        }
        return CodeBlock.of("this.$N = $N", name, name);
    }
}
