package io.scpgen.generator.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SnapshotFileNamesTest {

    @Test
    void aPrintViewIsNamedFromItsPath() {
        assertThat(name("https://docs.example.com/apireference/compute/virtualserver/_print/"))
                .isEqualTo("apireference-compute-virtualserver-_print.html");
        assertThat(name("https://docs.example.com/apireference/compute/virtualserver/_print"))
                .isEqualTo("apireference-compute-virtualserver-_print.html");
    }

    @Test
    void hostQueryAndFragmentAreNotPartOfTheName() {
        assertThat(name("http://127.0.0.1:8080/ko/pending-images/?lang=ko#top")).isEqualTo("ko-pending-images.html");
    }

    @Test
    void aPageThatIsAlreadyAnHtmlFileKeepsItsExtension() {
        assertThat(name("https://docs.example.com/api/index.htm")).isEqualTo("api-index.htm");
        assertThat(name("https://docs.example.com/api/Page.HTML")).isEqualTo("api-Page.HTML");
    }

    @Test
    void otherCharactersBecomeUnderscoresAndTheRootIsIndex() {
        assertThat(name("https://docs.example.com/%EC%83%81%ED%83%9C/a%20b/")).isEqualTo("_EC_83_81_ED_83_9C-a_20b.html");
        assertThat(name("https://docs.example.com/")).isEqualTo("index.html");
        assertThat(name("https://docs.example.com")).isEqualTo("index.html");
        assertThat(name("https://docs.example.com/../")).isEqualTo("index.html");
    }

    private static String name(String url) {
        return SnapshotFileNames.of(URI.create(url));
    }
}
