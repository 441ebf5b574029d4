package io.scpgen.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageChromeTest {

    @Test
    void theContentIsTheMainElementOfADocsyPage() {
        Document page = Jsoup.parse("""
                <body><header><nav>1 - APIs</nav></header>
                <div class="td-main"><aside class="td-sidebar">1.1 - Accept</aside>
                <main class="col-12" role="main"><h1>1 - 1.3</h1></main></div></body>
                """);

        assertThat(PageChrome.contentRoot(page).text()).isEqualTo("1 - 1.3");
    }

    @Test
    void aPageWithoutMainIsReadFromItsBody() {
        Document page = Jsoup.parse("<h1>1 - 1.3</h1><p>get /v1/images</p>");

        assertThat(PageChrome.contentRoot(page)).isSameAs(page.body());
    }

    @Test
    void navigationScriptsAndWhatThePrintViewHidesAreChrome() {
        Document page = Jsoup.parse("""
                <main>
                <nav id="a">1 - 1.3</nav><aside id="b">toc</aside><script id="c">var x;</script>
                <div id="d" class="pageinfo d-print-none">This is the multi-page printable view.</div>
                <nav id="TableOfContents"></nav><div id="TableOfContents">Parameters</div>
                <button id="e">Copy</button>
                <div id="f">1 - 1.3</div><p id="g">get /v1/images</p><table id="h"></table>
                </main>
                """);

        assertThat(page.select("main > *").stream().filter(PageChrome::isChrome).map(e -> e.id()))
                .containsExactly("a", "b", "c", "d", "TableOfContents", "TableOfContents", "e");
    }

    @Test
    void aHeaderIsChromeOnlyAsThePageBanner() {
        Document page = Jsoup.parse("""
                <header id="banner"><a href="/">Samsung Cloud Platform</a></header>
                <article><header id="title"><h1>1 - 1.3</h1></header></article>
                <footer id="footer">(c) Samsung SDS</footer>
                """);

        assertThat(PageChrome.isChrome(page.getElementById("banner"))).isTrue();
        assertThat(PageChrome.isChrome(page.getElementById("footer"))).isTrue();
        assertThat(PageChrome.isChrome(page.getElementById("title"))).isFalse();
    }
}
