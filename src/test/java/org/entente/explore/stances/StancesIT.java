package org.entente.explore.stances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Api.list;
import static org.entente.support.Api.texts;

import java.nio.file.Path;
import java.util.List;

import org.entente.support.Api;
import org.entente.support.GraphCounts;
import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** GET /api/stances over real HTTP against the seeded graph. */
public class StancesIT extends HttpTest {

    @Test
    void shouldPutTheUnitedStatesAndRussiaOnOppositeSidesAboutGeorgia() {
        var body = api.get("/api/stances", "about", "country:geo").ok();
        assertThat(body.get("about").get("kind").asString()).isEqualTo("entity");
        var sides = list(body.get("sides"));
        var us = side(sides, "country:usa");
        var russia = side(sides, "country:rus");
        assertThat(us).isNotSameAs(russia);
        assertThat(texts(us.get("opposes"), "id")).contains("country:rus");
        assertThat(texts(russia.get("opposes"), "id")).contains("country:usa");
        assertThat(texts(us.get("claims"), "topic")).contains("Georgia", "Georgia joining NATO")
                .anyMatch(t -> t.startsWith("causes and sequence of the military actions"));
        for (var claim : list(us.get("claims"))) {
            assertThat(claim.get("quote").asString()).isNotBlank();
            assertThat(claim.get("date").asString()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            assertThat(claim.get("source").get("id").asString()).isNotBlank();
        }
    }

    @Test
    void shouldGatherAnIssueThatIsNoEntityByItsWords() {
        var body = api.get("/api/stances", "about", "missile defense").ok();
        assertThat(body.get("about").get("kind").asString()).isEqualTo("issue");
        var sides = list(body.get("sides"));
        assertThat(texts(side(sides, "country:usa").get("opposes"), "id")).contains("country:rus");
        assertThat(texts(body.get("agreements"), "topic")).contains("possible future cooperation on missile defense");
        var all = new java.util.ArrayList<String>(texts(body.get("other"), "topic"));
        all.addAll(texts(body.get("agreements"), "topic"));
        assertThat(all).allMatch(t -> t.toLowerCase().matches(".*missile.?defen[cs]e.*"));
    }

    @Test
    void shouldNotTakeStartTalksForTheStartTreaty() {
        var body = api.get("/api/stances", "about", "arms control").ok();
        assertThat(texts(body.get("agreements"), "topic")).contains("a new nuclear arms reduction deal to replace START");
        assertThat(list(body.get("sides"))).isEmpty();
        assertThat(texts(body.get("other"), "modality")).contains("DENIED");
    }

    @Test
    void shouldFindTopicWordsThatNameNoEntityAndNoIssue() {
        var body = api.get("/api/stances", "about", "Georgia joining NATO").ok();
        assertThat(body.get("about").get("kind").asString()).isEqualTo("text");
        assertThat(texts(side(list(body.get("sides")), "country:rus").get("claims"), "topic")).contains("Georgia joining NATO");
    }

    @Test
    void shouldAnswerASubjectNothingIsAboutWith404() {
        var response = api.get("/api/stances", "about", "the price of tea in Lisbon");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).contains("price of tea").contains("arms control");
    }

    @Test
    void shouldAnswerAnAmbiguousNameWith409() {
        importer.importPaths(List.of(Path.of("src/test/resources/facts/fixtures/georgia-us-state.yaml")));
        var response = api.get("/api/stances", "about", "Georgia");
        assertThat(response.status()).isEqualTo(409);
        assertThat(texts(response.body().get("candidates"), "id")).contains("country:geo", "place:georgia-us-state");
    }

    @Test
    void shouldBoundTheClaimsAndRefuseBadLimits() {
        var body = api.get("/api/stances", "about", "country:rus", "limit", "2").ok();
        assertThat(body.get("claims").asInt()).isEqualTo(2);
        assertThat(api.get("/api/stances", "about", "country:rus", "limit", "-1").status()).isEqualTo(400);
        assertThat(api.get("/api/stances", "about", "country:rus", "limit", "100000").status()).isEqualTo(400);
        assertThat(api.get("/api/stances").status()).isEqualTo(400);
    }

    @Test
    void shouldReadCypherAndLuceneInTheSubjectAsPlainText() {
        var before = GraphCounts.of(graph);
        for (var attempt : List.of("x' OR 1=1 MATCH (n) DETACH DELETE n //", "}) MATCH (n) DETACH DELETE n //",
                "name:* OR topic:[a TO z] \"~", "*", "\\", "\"")) {
            var response = api.get("/api/stances", "about", attempt);
            assertThat(response.status()).as(attempt).isIn(200, 404);
        }
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }


    private static JsonNode side(List<JsonNode> sides, String id) {
        return sides.stream().filter(s -> texts(s.get("entities"), "id").contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no side holds " + id + ": " + sides));
    }
}
