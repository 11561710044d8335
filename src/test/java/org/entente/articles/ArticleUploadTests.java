package org.entente.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ArticleUploadTests {

    private static final ArticleUpload.Metadata NONE = new ArticleUpload.Metadata(null, null, null, null, null);

    @Test
    void shouldMakeTheSourceIdFromTheTitleAndTheDate() throws IOException {
        var upload = read("text/plain", "Talks resume.", new ArticleUpload.Metadata(null, "Medvedev, Obama Accent The Positive",
                null, "2009-04-01", "RFE/RL"));
        assertThat(upload.id()).isEqualTo("medvedev-obama-accent-the-positive-2009-04-01");
        assertThat(upload.fileName()).isEqualTo(upload.id() + ".txt");
        assertThat(upload.options().publisher()).isEqualTo("RFE/RL");
        assertThat(ArticleUpload.id(new ArticleUpload.Metadata(null, "Côte d'Ivoire talks", null, null, null)))
                .isEqualTo("cote-divoire-talks");
    }

    @Test
    void shouldPreferTheGivenIdAndCutLongTitlesAtAWord() {
        assertThat(ArticleUpload.id(new ArticleUpload.Metadata("my-id", "A title", null, "2009-04-01", null))).isEqualTo("my-id");
        var id = ArticleUpload.id(new ArticleUpload.Metadata(null, "word ".repeat(40), null, null, null));
        assertThat(id).hasSizeLessThanOrEqualTo(80).endsWith("word");
    }

    @Test
    void shouldTellTheFormatFromTheContentType() throws IOException {
        assertThat(read("text/html; charset=UTF-8", "<p>Talks.</p>", titled()).fileName()).endsWith(".html");
        assertThat(read("text/markdown", "# Talks", titled()).fileName()).endsWith(".md");
        assertThat(read("text/plain", "Talks.", titled()).fileName()).endsWith(".txt");
    }

    @Test
    void shouldReadTheJsonForm() throws IOException {
        var upload = read("application/json", """
                {"title": "Talks", "published": "2009-04-01", "url": "https://example.org/a", "publisher": null, "text": "Talks resume."}""",
                NONE);
        assertThat(upload.id()).isEqualTo("talks-2009-04-01");
        assertThat(new String(upload.bytes(), StandardCharsets.UTF_8)).isEqualTo("Talks resume.");
        assertThat(upload.options().url()).isEqualTo("https://example.org/a");
    }

    @Test
    void shouldNameWhatIsWrongWithTheJson() {
        assertBad("application/json", "{\"title\": \"T\", \"text\": \"x\", \"colour\": 1, \"size\": 2}", NONE,
                "Unknown keys 'colour', 'size'");
        assertBad("application/json", "{\"title\": \"T\", \"text\": [\"x\"]}", NONE, "'text' must be a string");
        assertBad("application/json", "{\"title\": \"T\"}", NONE, "'text' is missing or empty");
        assertBad("application/json", "{\"title\": \"T\", \"text\": \"x\"}", titled(), "not in the query string");
        assertBad("application/json", "{\"title\": \"T\", \"text\": \"a\\u0000b\"}", NONE, "binary");
    }

    @Test
    void shouldRefuseBadBodiesAndDetails() {
        assertBad("text/plain", "", titled(), "empty");
        assertBad("text/plain", "Talks.", new ArticleUpload.Metadata(null, "T", null, "2009-02-30", null), "yyyy-MM-dd");
        assertBad("text/plain", "Talks.", new ArticleUpload.Metadata("Not A Slug", null, null, null, null), "'id' must be a slug");
        assertBad("text/plain", "Talks.", NONE, "Give the article a 'title'");
        assertBad("text/plain", "Talks.", new ArticleUpload.Metadata(null, "Переговоры", null, null, null), "give an 'id'");
        assertBad("text/plain; charset=windows-1252", "Talks.", titled(), "must be UTF-8, not windows-1252");
        assertThatThrownBy(() -> ArticleUpload.read(MediaType.TEXT_PLAIN, 0, new ByteArrayInputStream(new byte[] {(byte) 0xE9, 'x'}),
                titled())).hasMessageContaining("not UTF-8");
    }

    @Test
    void shouldRefuseALargeBodyFromItsLengthAndNeverReadPastTheLimit() {
        var neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
        assertThatThrownBy(() -> ArticleUpload.read(MediaType.TEXT_PLAIN, ArticleUpload.MAX_BYTES + 1L, neverRead, titled()))
                .isInstanceOfSatisfying(ArticleProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(413));

        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'a';
            }
        };
        assertThatThrownBy(() -> ArticleUpload.read(MediaType.TEXT_PLAIN, -1, endless, titled()))
                .isInstanceOfSatisfying(ArticleProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(413));
        assertThat(endless.served).isEqualTo(ArticleUpload.MAX_BYTES + 1L);
    }

    private static ArticleUpload.Metadata titled() {
        return new ArticleUpload.Metadata(null, "Talks", null, null, null);
    }

    private static ArticleUpload read(String type, String body, ArticleUpload.Metadata query) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        return ArticleUpload.read(MediaType.parseMediaType(type), bytes.length, new ByteArrayInputStream(bytes), query);
    }

    private static void assertBad(String type, String body, ArticleUpload.Metadata query, String detail) {
        assertThatThrownBy(() -> read(type, body, query)).isInstanceOfSatisfying(ArticleProblem.class, p -> {
            assertThat(p.getStatusCode().value()).isEqualTo(400);
            assertThat(p.getBody().getDetail()).contains(detail);
        });
    }
}
