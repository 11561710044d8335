package org.entente.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.entente.support.GraphCounts;
import org.entente.support.HttpTest;
import org.entente.support.InvalidFactsCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DELETE /api/articles/{id} over real HTTP: the editor's token, what went, and the refusals that change nothing. */
public class ArticleRemovalApiIT extends HttpTest {

    private static final String SEED = "rferl-2009-04-01-medvedev-obama";
    private static final String ARTICLE = """
            Norwegian and Swedish fisheries ministers met in Tromsø on Monday to discuss cod quotas, the Norwegian government said.
            The two ministers agreed to share catch data.
            """;

    @Test
    void shouldRemoveAnImportedArticleAndAnswerWhatWent() {
        var before = GraphCounts.of(graph);
        var posted = api.post("/api/articles?id=test-removal-api&title=Cod%20talks%20in%20Troms%C3%B8&published=2026-03-09",
                "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8), editor());
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        var imported = GraphCounts.of(graph);

        var anonymous = api.delete("/api/articles/test-removal-api");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("type").asString()).isEqualTo("urn:entente:problem:editor-token-required");
        assertThat(api.delete("/api/articles/test-removal-api", "Authorization", "Bearer not-the-editor-token").status()).isEqualTo(401);
        assertThat(GraphCounts.of(graph)).isEqualTo(imported);

        var removed = api.delete("/api/articles/test-removal-api", editor()).ok();

        assertThat(removed.get("sourceId").asString()).isEqualTo("test-removal-api");
        assertThat(removed.get("title").asString()).isEqualTo("Cod talks in Tromsø");
        assertThat(removed.get("curated").asBoolean()).isFalse();
        assertThat(removed.get("claims").asInt()).isEqualTo(posted.body().get("claims").asInt());
        assertThat(removed.get("relationships").asInt()).isEqualTo(posted.body().get("relationships").asInt());
        assertThat(removed.get("entities").asInt() + removed.get("entitiesKept").asInt()).isEqualTo(posted.body().get("entities").asInt());
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
        assertThat(api.get("/api/articles/test-removal-api").status()).isEqualTo(404);
        assertThat(api.delete("/api/articles/test-removal-api", editor()).status()).as("already gone").isEqualTo(404);
    }

    @Test
    void shouldRefuseToRemoveACuratedSourceWithoutForce() {
        var before = GraphCounts.of(graph);

        var refused = api.delete("/api/articles/" + SEED, editor());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:entente:problem:curated-source");
        assertThat(refused.body().get("sourceId").asString()).isEqualTo(SEED);
        assertThat(refused.body().get("detail").asString()).contains("curated", "force=true", "nothing was removed");
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    @Test
    void shouldRemoveACuratedSourceWithForce(@TempDir Path dir) {
        var before = GraphCounts.of(graph);
        var facts = InvalidFactsCases.valid().replace("  id: test-article", "  id: test-removal-api-curated")
                .replace("person:alice-example", "person:alice-api-removal");
        var report = importer.importPaths(List.of(InvalidFactsCases.write(dir, "curated.yaml", facts.getBytes(StandardCharsets.UTF_8))));
        assertThat(report.ok()).as(report.format()).isTrue();

        var removed = api.delete("/api/articles/test-removal-api-curated?force=true", editor()).ok();

        assertThat(removed.get("curated").asBoolean()).isTrue();
        assertThat(removed.get("claims").asInt()).isEqualTo(2);
        assertThat(removed.get("relationships").asInt()).isEqualTo(2);
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    @Test
    void shouldAnswerNotFoundNamingAnUnknownIdAndBadRequestForNoId() {
        var unknown = api.delete("/api/articles/test-no-such-source", editor());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asString()).isEqualTo("urn:entente:problem:unknown-article");
        assertThat(unknown.body().get("id").asString()).isEqualTo("test-no-such-source");
        assertThat(unknown.body().get("detail").asString()).contains("'test-no-such-source'");

        var bad = api.delete("/api/articles/Not%20an%20Id", editor());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("type").asString()).isEqualTo("urn:entente:problem:bad-request");
    }

    private static String[] editor() {
        return new String[] {"Authorization", "Bearer " + ArticlesApiIT.TOKEN};
    }
}
