package io.scpgen.generator.docs;

import io.scpgen.generator.spec.Diagnostics;
import org.jsoup.nodes.Element;

/** Reports problems of an HTML page at an element: the element's line, and its path at the start of the message. */
final class ElementDiagnostics {

    private final String file;
    private final Element root;
    private final Diagnostics diagnostics;

    ElementDiagnostics(String file, Element root, Diagnostics diagnostics) {
        this.file = file;
        this.root = root;
        this.diagnostics = diagnostics;
    }

    void warn(Element element, String message) {
        diagnostics.warn(file, ElementPath.line(element), ElementPath.of(element, root) + ": " + message);
    }

    void error(Element element, String message) {
        diagnostics.error(file, ElementPath.line(element), ElementPath.of(element, root) + ": " + message);
    }
}
