package org.entente.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.extract.ArticleException;
import org.junit.jupiter.api.Test;

class ArticleCleanerTests {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void shouldDropNavigationCaptionsPullQuotesAndFooterOfTheSeedArticle() throws Exception {
        var input = Files.readString(Path.of("seeds/articles/rferl-2009-04-01-medvedev-obama.txt"));
        var article = cleaner.clean("rferl.txt", input);

        assertThat(article.body()).startsWith("Medvedev, Obama Accent The Positive In First Meeting\n\nSigns of a thaw")
                .doesNotContain("Accessibility links", "Breaking News", "(left)", "undesirable organization", "click here")
                .endsWith("\"If you take any international problem, there is more tension between Russia and the United States "
                        + "than there is common ground,\" Volk said.");
        // the pull quote is gone, the paragraph it repeats stays
        assertThat(article.body().split("sphere of influence\" in the former Soviet Union", -1)).hasSize(2);
        assertThat(article.meta().title()).isEqualTo("Medvedev, Obama Accent The Positive In First Meeting");
    }

    /** A State Department readout has narrow no-break spaces inside names ("Department of the Treasury"). */
    @Test
    void shouldReadTypesetSpacesAsSpaces() {
        var input = "Officials of the Department of\u202fthe\u202fTreasury and the\u00a0State Department met.";
        var article = cleaner.clean("spaces.txt", input);
        assertThat(article.body()).contains("Department of the Treasury and the State Department").doesNotContain("\u202f", "\u00a0");
        int at = article.body().indexOf("Treasury");
        assertThat(input.substring(article.start(at), article.end(at + "Treasury".length()))).isEqualTo("Treasury");
    }

    @Test
    void shouldMapEveryBodyCharacterBackToTheInput() throws Exception {
        var input = Files.readString(Path.of("seeds/articles/rferl-2009-04-01-medvedev-obama.txt"));
        var article = cleaner.clean("rferl.txt", input);
        int at = article.body().indexOf("Yevgeny Volk");

        int start = article.start(at);
        int end = article.end(at + "Yevgeny Volk".length());

        assertThat(input.substring(start, end)).isEqualTo("Yevgeny Volk");
    }

    @Test
    void shouldReadHtmlWithoutScriptsAndKeepOffsetsIntoTheSource() {
        var html = "<html><head><title>Talks</title><script>var x = 'Obama';</script>"
                + "<meta property=\"article:published_time\" content=\"2009-04-01T10:00:00Z\"></head><body>"
                + "<nav>Home | World</nav><article><h1>Talks resume</h1>"
                + "<p>Russia &amp; the United States agreed to resume talks.</p><p>Share</p></article>"
                + "<footer>Copyright 2009</footer></body></html>";
        var article = cleaner.clean("a.html", html);

        assertThat(article.body()).isEqualTo("Talks resume\n\nRussia & the United States agreed to resume talks.");
        assertThat(article.meta().published()).isEqualTo("2009-04-01");
        int at = article.body().indexOf("the United States");
        assertThat(html.substring(article.start(at), article.end(at + "the United States".length()))).isEqualTo("the United States");
        int amp = article.body().indexOf('&');
        assertThat(html.substring(article.start(amp), article.end(amp + 1))).isEqualTo("&amp;");
    }

    @Test
    void shouldKeepLinkTextsOfMarkdownAndDropTheMarkup() {
        var md = "---\ntitle: Talks\ndate: 2009-04-01\n---\n# Talks resume\n\n**Russia** and [the United States](https://x.org) "
                + "agreed to resume talks.\n";
        var article = cleaner.clean("a.md", md);

        assertThat(article.body()).isEqualTo("Talks resume\n\nRussia and the United States agreed to resume talks.");
        assertThat(article.meta().title()).isEqualTo("Talks");
        int at = article.body().indexOf("the United States");
        assertThat(md.substring(article.start(at), article.end(at + "the United States".length()))).isEqualTo("the United States");
    }

    @Test
    void shouldDropBylinesAndCaptionsButNotProseThatLooksLikeThem() {
        var text = "By John Smith\n\nBy Tuesday the two leaders agreed to meet again.\n\nLeaders at the summit (left) in Riga\n\n"
                + "Senator John McCain (R) said the talks had failed.\n";

        var body = cleaner.clean("a.txt", text).body();

        assertThat(body).isEqualTo("By Tuesday the two leaders agreed to meet again.\n\nSenator John McCain (R) said the talks had failed.");
    }

    @Test
    void shouldJoinTheLinesOfAHardWrappedParagraph() {
        var text = "Russia and the United States agreed on Tuesday\nto resume arms control talks in\nGeneva next month.\n\nShort Heading\n";

        var article = cleaner.clean("a.txt", text);

        assertThat(article.body()).isEqualTo("Russia and the United States agreed on Tuesday to resume arms control talks in Geneva next "
                + "month.\n\nShort Heading");
        assertThat(article.inHeading(0)).isFalse();
        assertThat(article.inHeading(article.body().indexOf("Short"))).isTrue();
    }

    @Test
    void shouldKeepAnArticleWhoseContainerHasAWidgetClassWord() {
        var html = "<html><body><div class=\"story has-share-tools\"><p>" + "Russia and NATO disagreed over the exercises. ".repeat(20)
                + "</p></div><div class=\"share-tools\">Share on X</div></body></html>";

        var body = cleaner.clean("a.html", html).body();

        assertThat(body).startsWith("Russia and NATO disagreed").doesNotContain("Share on X");
    }

    @Test
    void shouldRefuseABodyLongerThanAnyArticle() {
        var huge = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            huge.append("Paragraph ").append(i).append(": the two sides met again and agreed to continue the talks.\n");
        }

        assertThatThrownBy(() -> cleaner.clean("huge.txt", huge.toString())).isInstanceOf(ArticleException.class)
                .hasMessageContaining("split the text");
    }

    @Test
    void shouldTakeALongFirstLineWithoutFinalStopAsTheTitle() {
        var title = "United States’ Actions To Press for the Resolution of the Crisis in the Tigray Region of Ethiopia";
        var article = cleaner.clean("a.txt", title + "\n\nThe United States condemns the killings.\n");

        assertThat(article.meta().title()).isEqualTo(title);
        assertThat(article.inHeading(0)).isTrue();
        assertThat(article.inHeading(article.body().indexOf("condemns"))).isFalse();
        // a long first line that ends as a sentence does is prose
        var prose = cleaner.clean("a.txt", "Russia and the United States agreed on Tuesday to resume talks on arms control in Geneva next month "
                + "after a pause of two years.\n\nMore.\n");
        assertThat(prose.inHeading(0)).isFalse();
    }
}
