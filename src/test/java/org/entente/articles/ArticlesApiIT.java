package org.entente.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.entente.support.Api;
import org.entente.support.HttpTest;
import org.entente.support.GraphCounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/articles over real HTTP, into the shared seeded graph. The articles posted here are about talks between
 * Russia and the United States that land among the "other" claims between them: ApiIT asserts that every agreement
 * and disagreement between the two comes from the seed, and this class must not change that, whichever runs first.
 */
public class ArticlesApiIT extends HttpTest {

    static final String TOKEN = "test-editor-token-not-a-secret";
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(6);
    static final String ARTICLE = """
            Russian and U.S. negotiators met in Vienna on Tuesday to discuss arms control, the Russian Foreign Ministry said.
            The talks lasted four hours.
            Both delegations said they would meet again next month.
            """;

    @Test
    void shouldImportAnArticleAndShowItsClaimsBetweenTheTwoCountries() {
        var response = api.post("/api/articles?title=Russian%20and%20U.S.%20negotiators%20meet%20in%20Vienna&published=2026-03-10"
                + "&publisher=Test%20Wire&url=https://example.org/vienna-talks", "text/plain", bytes(ARTICLE), editor());

        assertThat(response.status()).isEqualTo(201);
        var id = "russian-and-u-s-negotiators-meet-in-vienna-2026-03-10";
        assertThat(response.header("Location")).isEqualTo("/api/articles/" + id);
        assertThat(response.body().get("sourceId").asString()).isEqualTo(id);
        assertThat(response.body().get("entities").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(response.body().get("claims").asInt()).isPositive();
        assertThat(response.body().get("millis").asLong()).isPositive();

        var relations = api.get("/api/relations", "a", "United States", "b", "Russia").body();
        var fromArticle = Stream.of("agreements", "disagreements", "other").flatMap(list -> list(relations.get(list)).stream())
                .filter(c -> c.get("source").get("id").asString().equals(id)).toList();
        assertThat(fromArticle).isNotEmpty().allSatisfy(claim -> {
            assertThat(ARTICLE.replace("\n", " ")).contains(claim.get("quote").asString());
            assertThat(claim.get("date").asString()).startsWith("2026-");
            assertThat(claim.get("source").get("url").asString()).isEqualTo("https://example.org/vienna-talks");
        });
        assertThat(fromArticle).anyMatch(c -> c.get("quote").asString().startsWith("Russian and U.S. negotiators met in Vienna"));
        assertThat(list(relations.get("agreements")).stream().map(c -> c.get("source").get("id").asString()))
                .as("this article must not add agreements between the two (ApiIT counts on the seed's alone)")
                .doesNotContain(id);
    }

    /** The existence check and the write were two steps: two imports of one new id both answered 201, the later winning. */
    @Test
    void shouldCreateANewIdOnceWhenItIsPostedManyTimesAtOnce() throws Exception {
        var json = """
                {"id": "test-articles-api-concurrent", "title": "Harbour reopens in Oslo", "published": "2026-03-11",
                 "publisher": "Test Wire", "url": null, "text": "The harbour in Oslo reopened on Wednesday, officials said."}""";
        var posts = java.util.stream.IntStream.range(0, 6).mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post("/api/articles", "application/json", bytes(json), editor()),
                POOL)).toList();
        var statuses = posts.stream().map(java.util.concurrent.CompletableFuture::join).map(r -> r.status()).sorted().toList();

        // one import wins; the others are refused as a taken id, or turned away while the queue is full
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409 || s == 503);
        var stored = graph.read(tx -> tx.run("MATCH (a:Article {id: $id}) RETURN count(a) AS n",
                java.util.Map.of("id", "test-articles-api-concurrent")).single().get("n").asLong());
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void shouldRefuseToReplaceASourceUnlessAskedToAndThenChangeNothing() {
        var json = """
                {"id": "test-articles-api-vienna", "title": "Arms control talks in Vienna", "published": "2026-03-10",
                 "publisher": "Test Wire", "url": null, "text": %s}""".formatted(quoted(ARTICLE));
        assertThat(api.post("/api/articles", "application/json", bytes(json), editor()).status()).isEqualTo(201);
        var counts = GraphCounts.of(graph);

        var again = api.post("/api/articles", "application/json", bytes(json), editor());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asString()).contains("test-articles-api-vienna", "replace=true");

        var replaced = api.post("/api/articles?replace=true", "application/json", bytes(json), editor());
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.header("Location")).isNull();
        assertThat(GraphCounts.of(graph)).isEqualTo(counts);
    }

    @Test
    void shouldAnswer401WithoutTheEditorToken() {
        var missing = api.post("/api/articles?title=T", "text/plain", bytes(ARTICLE));
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(missing.contentType()).startsWith("application/problem+json");

        var wrong = api.post("/api/articles?title=T", "text/plain", bytes(ARTICLE), "Authorization", "Bearer " + TOKEN + "x");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(wrong.body().get("detail").asString()).contains("not valid");

        assertThat(api.post("/api/articles?title=T", "text/plain", bytes(ARTICLE), "Authorization", "Basic " + TOKEN).status())
                .isEqualTo(401);
    }

    @Test
    void shouldRejectBadArticlesWith400AndWriteNothing() {
        var before = GraphCounts.of(graph);
        assertThat(problem(api.post("/api/articles?title=Empty", "text/plain", new byte[0], editor()), 400)).contains("empty");
        assertThat(problem(api.post("/api/articles?title=Blank", "text/plain", bytes(" \n "), editor()), 400)).contains("empty");
        assertThat(problem(api.post("/api/articles?title=Latin", "text/plain",
                "Caf\u00e9 talks in Vienna.".getBytes(StandardCharsets.ISO_8859_1), editor()), 400)).contains("not UTF-8");
        assertThat(problem(api.post("/api/articles?title=Zip", "text/plain", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0}, editor()), 400))
                .contains("binary");
        assertThat(problem(api.post("/api/articles?title=T&published=April%201", "text/plain", bytes(ARTICLE), editor()), 400))
                .contains("published", "yyyy-MM-dd");
        assertThat(problem(api.post("/api/articles", "text/plain", bytes(ARTICLE), editor()), 400)).contains("title");
        assertThat(problem(api.post("/api/articles", "application/json", bytes("{\"title\": \"T\", \"text\": \"Talks.\", \"colour\": \"red\"}"),
                editor()), 400)).contains("'colour'");
        assertThat(problem(api.post("/api/articles", "application/json", bytes("{\"title\": \"T\", \"text\": "), editor()), 400))
                .contains("not valid JSON");
        assertThat(api.post("/api/articles", "application/pdf", bytes(ARTICLE), editor()).status()).isEqualTo(415);
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    /** The client asks before sending, as curl does for large bodies; the answer comes without the body being sent. */
    @Test
    void shouldRefuseAHugeBodyFromItsLengthWithoutReadingIt() throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/articles?title=Huge HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + (ArticleUpload.MAX_BYTES + 1) + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json", "at most 5 MB");
        }
    }

    @Test
    void shouldRefuseAHugeBodyOfUnknownLengthAfterReadingNoMoreThanTheLimit() {
        var huge = new byte[ArticleUpload.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        var chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge));
        var response = api.post("/api/articles?title=Huge", "text/plain", chunked, editor());
        assertThat(problem(response, 413)).contains("at most 5 MB");
    }

    @Test
    void shouldDescribeTheEndpointInTheOpenApiDocument() {
        var post = api.get("/v3/api-docs").body().get("paths").get("/api/articles").get("post");
        assertThat(post.get("requestBody").get("content").propertyNames())
                .contains("text/plain", "text/html", "text/markdown", "application/json");
        assertThat(post.get("security").toString()).contains("editor");
    }

    private static String problem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.body().get("detail").asString();
    }

    @Test
    void shouldShowAStanceOfOnePartyInTheStancesOfWhatItIsAbout() {
        var text = "France condemned the violence in Mali on Monday. It called for restraint.";
        var response = api.post("/api/articles?title=France%20on%20Mali&published=2026-04-06", "text/plain", bytes(text), editor());
        assertThat(response.status()).isEqualTo(201);

        var body = api.get("/api/stances", "about", "country:mli").ok();
        var claims = Stream.of("agreements", "disagreements", "other").filter(body::has).flatMap(k -> list(body.get(k)).stream()).toList();
        var sided = list(body.get("sides")).stream().flatMap(side -> list(side.get("claims")).stream()).toList();
        assertThat(Stream.concat(claims.stream(), sided.stream()))
                .as("France's condemnation, a claim with one party, about Mali")
                .anyMatch(c -> c.get("quote").asString().startsWith("France condemned the violence in Mali")
                        && list(c.get("parties")).size() == 1 && list(c.get("parties")).get(0).get("id").asString().equals("country:fra"));
    }

    private static String[] editor() {
        return new String[] {"Authorization", "Bearer " + TOKEN};
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
