package org.entente.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.entente.support.Api;
import org.entente.support.HttpTest;
import org.entente.support.GraphCounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/articles and GET /api/articles/{id} over real HTTP, against the seeded graph. Other classes import more
 * articles into the same graph, so the list is asserted to hold the seed, never to hold only the seed.
 */
public class ArticleSourcesIT extends HttpTest {

    static final String SEED = "rferl-2009-04-01-medvedev-obama";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void shouldListTheSeedWithItsCounts() {
        var response = api.get("/api/articles");

        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("limit").asInt()).isEqualTo(100);
        var articles = list(body.get("articles"));
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(articles).hasSize((int) Math.min(body.get("total").asLong(), 100));
        var seed = articles.stream().filter(a -> a.get("id").asString().equals(SEED)).findFirst().orElseThrow();
        assertThat(seed.get("title").asString()).isEqualTo("Medvedev, Obama Accent The Positive In First Meeting");
        assertThat(seed.get("publisher").asString()).isEqualTo("RFE/RL");
        assertThat(seed.get("published").asString()).isEqualTo("2009-04-01");
        assertThat(seed.get("importedAt").asString()).isNotBlank();
        assertSeedCounts(seed.get("counts"));
        var published = articles.stream().map(a -> a.path("published").asString(null)).toList();
        assertThat(published).as("newest first, undated last")
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<String>reverseOrder()));
    }

    @Test
    void shouldCutTheListAtTheLimitAndStillCountEverySource() {
        var all = api.get("/api/articles").body();
        var one = api.get("/api/articles", "limit", "1").body();

        assertThat(list(one.get("articles"))).hasSize(1);
        assertThat(one.get("total").asLong()).isEqualTo(all.get("total").asLong());
        assertThat(one.get("articles").get(0).get("id").asString()).isEqualTo(all.get("articles").get(0).get("id").asString());
    }

    @Test
    void shouldShowTheEntitiesRelationshipsAndClaimsOfTheSeed() {
        var response = api.get("/api/articles/" + SEED);

        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("id").asString()).isEqualTo(SEED);
        assertThat(body.get("publisher").asString()).isEqualTo("RFE/RL");
        assertSeedCounts(body.get("counts"));
        assertThat(body.get("limit").asInt()).isEqualTo(500);

        var entities = list(body.get("entities"));
        assertThat(entities).hasSize(30);
        var volk = entities.stream().filter(e -> e.get("id").asString().equals("person:yevgeny-volk")).findFirst().orElseThrow();
        assertThat(volk.get("kind").asString()).isEqualTo("Person");
        assertThat(volk.get("name").asString()).isEqualTo("Yevgeny Volk");
        assertThat(volk.get("declared").get("name").asString()).isEqualTo("Yevgeny Volk");
        assertThat(strings(volk.get("declared").get("aliases"))).contains("Volk");

        var relationships = list(body.get("relationships"));
        assertThat(relationships).hasSize(19).allSatisfy(r -> assertThat(r.get("quote").asString()).isNotBlank());
        assertThat(relationships).anySatisfy(r -> {
            assertThat(r.get("type").asString()).isEqualTo("MET");
            assertThat(r.get("from").get("id").asString()).isEqualTo("person:barack-obama");
            assertThat(r.get("to").get("name").asString()).isEqualTo("Dmitry Medvedev");
            assertThat(r.get("attributes").get("place").asString()).isEqualTo("London");
        });

        var claims = list(body.get("claims"));
        assertThat(claims).hasSize(42);
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.get("kind").asString()).isEqualTo("DISAGREEMENT");
            assertThat(c.get("topic").asString()).contains("causes and sequence of the military actions");
            assertThat(list(c.get("parties")).stream().map(p -> p.get("id").asString())).contains("country:usa", "country:rus");
            assertThat(c.get("quote").asString()).contains("continue to disagree");
            assertThat(c.get("sentence").asString()).contains(c.get("quote").asString());
        });
        assertThat(claims.stream().map(c -> c.path("date").asString(null)).toList()).as("oldest first, undated last")
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<String>naturalOrder()));
    }

    /** Relationships are counted by walking out of the entities the source names; a scan of all must agree. */
    @Test
    void shouldCountWhatAScanOfTheWholeGraphFinds() {
        var counts = api.get("/api/articles/" + SEED).body().get("counts");
        var scanned = graph.read(tx -> tx.run("""
                MATCH ()-[r]->() WHERE $id IN r.sources WITH count(r) AS relationships
                MATCH (c:Claim)-[:STATED_IN]->(:Article {id: $id})
                RETURN relationships, count(c) AS claims, count(CASE c.kind WHEN 'DISAGREEMENT' THEN 1 END) AS disagreements""",
                Map.of("id", SEED)).single());

        assertThat(counts.get("relationships").asLong()).isEqualTo(scanned.get("relationships").asLong());
        assertThat(counts.get("claims").asLong()).isEqualTo(scanned.get("claims").asLong());
        assertThat(counts.get("claimsByKind").get("DISAGREEMENT").asLong()).isEqualTo(scanned.get("disagreements").asLong());
    }

    @Test
    void shouldCutEachListAtTheLimitWithTheCountsStillFull() {
        var body = api.get("/api/articles/" + SEED, "limit", "2").body();

        assertThat(body.get("limit").asInt()).isEqualTo(2);
        assertThat(list(body.get("entities"))).hasSize(2);
        assertThat(list(body.get("relationships"))).hasSize(2);
        assertThat(list(body.get("claims"))).hasSize(2);
        assertSeedCounts(body.get("counts"));
    }

    @Test
    void shouldAnswerAnUnknownArticleWith404AndSuggestions() {
        var response = api.get("/api/articles/medvedev-summit");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asString()).isEqualTo("Unknown article");
        assertThat(response.body().get("type").asString()).isEqualTo("urn:entente:problem:unknown-article");
        assertThat(response.body().get("id").asString()).isEqualTo("medvedev-summit");
        var suggestions = list(response.body().get("suggestions"));
        assertThat(suggestions).hasSizeBetween(1, 5);
        assertThat(suggestions.stream().map(s -> s.get("id").asString())).contains(SEED);

        var unrelated = api.get("/api/articles/qqq-zzz");
        assertThat(unrelated.status()).isEqualTo(404);
        assertThat(unrelated.body().has("suggestions")).isFalse();
        assertThat(unrelated.body().get("detail").asString()).contains("qqq-zzz");
    }

    @Test
    void shouldRejectBadIdsAndLimitsWith400() {
        for (var bad : List.of(
                api.get("/api/articles", "limit", "-1"),
                api.get("/api/articles", "limit", "0"),
                api.get("/api/articles", "limit", "100000"),
                api.get("/api/articles", "limit", "many"),
                api.get("/api/articles/" + SEED, "limit", "0"),
                api.get("/api/articles/" + SEED, "limit", "5001"),
                article("Medvedev Obama"),
                article("RFERL-2009"),
                article("-starts-with-a-dash"),
                article("a".repeat(201)))) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
        }
        assertThat(article("Medvedev Obama").body().get("detail").asString()).contains("source id");
        assertThat(api.get("/api/articles", "limit", "100000").body().get("detail").asString()).contains("limit");
        assertThat(article("a".repeat(200)).status()).isEqualTo(404);
    }

    @Test
    void shouldTreatInjectionAttemptsAsPlainText() throws Exception {
        var before = GraphCounts.of(graph);
        for (var attempt : List.of("x' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //", "x' OR 1=1", "x\"})-[r]-() DELETE r",
                "$id", "*", "%", "..", "rferl-2009-04-01-medvedev-obama' OR 'a'='a")) {
            assertThat(status("/api/articles/" + encode(attempt))).as(attempt).isIn(400, 404);
            assertThat(api.get("/api/articles", "limit", attempt).status()).as(attempt).isEqualTo(400);
            assertThat(api.get("/api/articles/" + SEED, "limit", attempt).status()).as(attempt).isEqualTo(400);
        }
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    private Api.Response article(String id) {
        return api.getRaw("/api/articles/" + encode(id));
    }

    /** Only the status: Tomcat answers an encoded '/' in a path with its own HTML page, before Entente sees it. */
    private int status(String pathAndQuery) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void assertSeedCounts(JsonNode counts) {
        assertThat(counts.get("entities").asLong()).isEqualTo(30);
        assertThat(counts.get("relationships").asLong()).isEqualTo(19);
        assertThat(counts.get("claims").asLong()).isEqualTo(42);
        assertThat(counts.get("claimsByKind").get("DISAGREEMENT").asLong()).isEqualTo(10);
        assertThat(StreamSupport.stream(counts.get("claimsByKind").spliterator(), false).mapToLong(JsonNode::asLong).sum())
                .isEqualTo(42);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> strings(JsonNode array) {
        return list(array).stream().map(JsonNode::asString).toList();
    }
}
