package org.entente.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.entente.support.HttpTest;
import org.entente.support.GraphCounts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The answers of the foundation issue, over real HTTP, against the seeded embedded graph. */
public class ApiIT extends HttpTest {

    @Test
    void shouldListAgreementsAndDisagreementsBetweenTheUnitedStatesAndRussia() {
        var response = api.get("/api/relations", "a", "United States", "b", "Russia");
        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("a").get("id").asString()).isEqualTo("country:usa");
        assertThat(body.get("b").get("id").asString()).isEqualTo("country:rus");

        var agreements = list(body.get("agreements"));
        var disagreements = list(body.get("disagreements"));
        assertThat(agreements).hasSizeGreaterThanOrEqualTo(3);
        assertThat(disagreements).hasSizeGreaterThanOrEqualTo(3);
        assertThat(topics(agreements)).anyMatch(t -> t.contains("START")).anyMatch(t -> t.contains("Afghanistan"));
        assertThat(topics(disagreements)).anyMatch(t -> t.contains("causes") && t.contains("Georgia"))
                .anyMatch(t -> t.contains("missile defense") && t.contains("Central Europe"));
        for (var claim : concat(agreements, disagreements)) {
            assertThat(claim.get("quote").asString()).isNotBlank();
            assertThat(claim.get("date").asString()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            assertThat(claim.get("source").get("id").asString()).isEqualTo("rferl-2009-04-01-medvedev-obama");
            assertThat(claim.get("source").get("title").asString()).isNotBlank();
        }
    }

    @Test
    void shouldNotCountAnAgreementTheTextDeniesAsAnAgreement() {
        var body = api.get("/api/relations", "a", "U.S.", "b", "Moscow").body();
        assertThat(list(body.get("agreements"))).noneMatch(c -> c.get("modality").asString().equals("DENIED"));
        assertThat(list(body.get("other"))).anyMatch(c -> c.get("modality").asString().equals("DENIED"));
    }

    @Test
    void shouldConnectVolkToObamaWithEvidenceAtEveryHop() {
        var response = api.get("/api/connections", "from", "Volk", "to", "Obama");
        assertThat(response.status()).isEqualTo(200);
        var paths = list(response.body().get("paths"));
        assertThat(paths).isNotEmpty();
        assertThat(paths).extracting(p -> p.get("length").asInt()).isSorted();
        for (var path : paths) {
            var nodes = list(path.get("nodes"));
            assertThat(nodes.get(0).get("id").asString()).isEqualTo("person:yevgeny-volk");
            assertThat(nodes.get(nodes.size() - 1).get("id").asString()).isEqualTo("person:barack-obama");
            assertThat(path.get("explanation").asString()).contains("Yevgeny Volk").contains("Barack Obama");
            var evidence = list(path.get("evidence"));
            assertThat(evidence).hasSize(path.get("length").asInt());
            for (var hop : evidence) {
                assertThat(hop.get("quote").asString()).isNotBlank();
                assertThat(list(hop.get("sources"))).isNotEmpty();
            }
        }
    }

    @Test
    void shouldHonourTheLimitAndNeverVisitANodeTwice() {
        var paths = list(api.get("/api/connections", "from", "United States", "to", "Russia", "maxHops", "6", "limit", "3")
                .body().get("paths"));
        assertThat(paths).hasSize(3);
        for (var path : paths) {
            var ids = list(path.get("nodes")).stream().map(n -> n.get("id").asString()).toList();
            assertThat(ids).doesNotHaveDuplicates();
        }
        assertThat(list(api.get("/api/connections", "from", "Volk", "to", "Medvedev", "maxHops", "1")
                .body().get("paths"))).isEmpty();
    }

    @Test
    void shouldTakeAKindInAnyCase() {
        assertThat(api.get("/api/entities", "q", "Medvedev", "kind", "person").ok().get(0).get("id").asString())
                .isEqualTo("person:dmitry-medvedev");
        assertThat(api.get("/api/entities", "q", "Medvedev", "kind", "country").ok().size()).isZero();
    }

    @Test
    void shouldFindTheKremlin() {
        var hits = list(api.get("/api/entities", "q", "Kremlin").body());
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("id").asString()).isIn("org:kremlin", "country:rus");
    }

    @Test
    void shouldShowThatMedvedevLeadsRussiaAndMetObamaInLondon() {
        var response = api.entity("Medvedev");
        assertThat(response.status()).isEqualTo(200);
        var relationships = response.body().get("relationships");
        assertThat(list(relationships.get("LEADS"))).anySatisfy(r -> {
            assertThat(r.get("direction").asString()).isEqualTo("out");
            assertThat(r.get("other").get("id").asString()).isEqualTo("country:rus");
        });
        assertThat(list(relationships.get("MET"))).anySatisfy(r -> {
            assertThat(r.get("other").get("id").asString()).isEqualTo("person:barack-obama");
            assertThat(r.get("date").asString()).isEqualTo("2009-04-01");
            assertThat(r.get("place").asString()).isEqualTo("London");
            assertThat(r.has("properties")).as("a relationship's own properties sit beside direction and other").isFalse();
            assertThat(list(r.get("sources"))).allSatisfy(s -> {
                assertThat(s.get("id").asString()).isEqualTo("rferl-2009-04-01-medvedev-obama");
                assertThat(s.get("published").asString()).isEqualTo("2009-04-01");
                assertThat(s.has("url")).as("absent, not null").isFalse();
            });
        });
        assertThat(list(response.body().get("claims"))).isNotEmpty();
    }

    @Test
    void shouldResolveNamesAliasesAndIds() {
        assertThat(api.entity("U.S.").body().get("id").asString()).isEqualTo("country:usa");
        assertThat(api.entity("the Kremlin").body().get("id").asString()).isEqualTo("org:kremlin");
        assertThat(api.entity("country:rus").body().get("name").asString()).isEqualTo("Russia");
        assertThat(api.entity("obama").body().get("id").asString()).isEqualTo("person:barack-obama");
    }

    @Test
    void shouldAnswerUnknownEntitiesWith404AndSuggestions() {
        var response = api.entity("Medvedv");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).contains("Medvedv");
        assertThat(list(response.body().get("suggestions"))).extracting(s -> s.get("id").asString())
                .contains("person:dmitry-medvedev");
    }

    @Test
    void shouldAnswerAmbiguousNamesWith409AndCandidates() {
        importer.importPaths(List.of(Path.of("src/test/resources/facts/fixtures/georgia-us-state.yaml")));
        var response = api.entity("Georgia");
        assertThat(response.status()).isEqualTo(409);
        assertThat(list(response.body().get("candidates"))).extracting(c -> c.get("id").asString())
                .contains("country:geo", "place:georgia-us-state");
        assertThat(api.entity("country:geo").status()).isEqualTo(200);
    }

    @Test
    void shouldRejectBadParametersWith400() {
        assertThat(api.get("/api/connections", "from", "Volk", "to", "Obama", "maxHops", "9").status()).isEqualTo(400);
        assertThat(api.get("/api/connections", "from", "Volk", "to", "Obama", "maxHops", "many").status()).isEqualTo(400);
        assertThat(api.get("/api/connections", "from", "Volk").status()).isEqualTo(400);
        assertThat(api.get("/api/relations", "a", "Russia", "b", "Moscow").status()).isEqualTo(400);
        assertThat(api.get("/api/entities", "q", " ").status()).isEqualTo(400);
        var badKind = api.get("/api/entities", "q", "Obama", "kind", "Planet");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.contentType()).startsWith("application/problem+json");
        assertThat(badKind.body().get("detail").asString()).contains("kind");
    }

    @Test
    void shouldRejectOverlongNamesAndBadEncodingWith400() {
        var words = String.join(" ", java.util.Collections.nCopies(400, "word"));
        var search = api.get("/api/entities", "q", words);
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.body().get("detail").asString()).contains("at most 200 characters");
        assertThat(api.get("/api/relations", "a", words, "b", "Russia").status()).isEqualTo(400);
        var manyShortWords = String.join(" ", java.util.Collections.nCopies(99, "a"));
        assertThat(api.get("/api/entities", "q", manyShortWords).status()).isEqualTo(200);
        assertThat(api.getRaw("/api/entities?q=%C3%28").status()).isEqualTo(400);
    }

    @Test
    void shouldResolveIdsWhateverTheirCase() {
        assertThat(api.entity("COUNTRY:RUS").body().get("id").asString()).isEqualTo("country:rus");
    }

    @Test
    void shouldTreatInjectionAttemptsAsPlainText() {
        var before = GraphCounts.of(graph);
        assertThat(api.entity("x' OR 1=1 MATCH (n) DETACH DELETE n").status()).isEqualTo(404);
        assertThat(api.get("/api/entities", "q", "Obama) OR name:* AND \"~ [x TO y]").status()).isEqualTo(200);
        assertThat(api.get("/api/relations", "a", "}) MATCH (n) DETACH DELETE n //", "b", "Russia").status()).isEqualTo(404);
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> topics(List<JsonNode> claims) {
        return claims.stream().map(c -> c.get("topic").asString()).toList();
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
