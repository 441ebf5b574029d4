package io.scpgen.generator.docs;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The HTML pages under {@code src/test/resources/html/}, in the doc site's print-view structure. */
final class HtmlFixtures {

    /** pending-images-list-1.3.txt as the doc site's page: labels in bold paragraphs, the state in a list. */
    static final String PENDING_IMAGES = "pending-images-list.html";

    /**
     * The reference print view cut to its service header, two endpoints (1.1 Accept a volume transfer, 1.55 List
     * Keypairs) and the four models they use: {@link SeedExcerpt#referenceSections()} as HTML.
     */
    static final String REFERENCE_EXCERPT = "virtualserver-print-excerpt.html";

    private HtmlFixtures() {
    }

    static Path folder() {
        try {
            return Path.of(HtmlFixtures.class.getResource("/html").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String name) {
        return folder().resolve(name);
    }
}
