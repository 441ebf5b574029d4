package io.scpgen.generator.emit;

import com.palantir.javapoet.ClassName;

/** The runtime library's types the generated code uses. */
public final class Runtime {

    private static final String PACKAGE = "io.scpgen.runtime";

    public static final ClassName CLIENT_HANDLER = ClassName.get(PACKAGE, "ScpClientHandler");
    public static final ClassName CONFIGURATION = ClassName.get(PACKAGE, "ScpClientConfiguration");
    public static final ClassName REQUEST = ClassName.get(PACKAGE, "ScpRequest");
    public static final ClassName HTTP_METHOD = ClassName.get(PACKAGE, "HttpMethod");
    public static final ClassName MARKER_PAGINATOR = ClassName.get(PACKAGE + ".pagination", "MarkerPaginator");

    private Runtime() {
    }
}
