package org.entente.explore.connections;

import org.entente.explore.query.ConnectionRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.entente.support.Api;
import org.entente.support.GraphCounts;
import org.entente.support.HttpTest;
import org.entente.system.Cypher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** {@code GET /api/connections}: one sentence per path and hop types left out, over real HTTP on the seeded graph. */
public class ConnectionsIT extends HttpTest {

    static final String ARTICLE = "rferl-2009-04-01-medvedev-obama";
    static final Set<String> STRUCTURAL = Set.of("LEADS", "MEMBER_OF", "WORKS_FOR", "SPEAKS_FOR", "PART_OF", "PARTY_TO",
            "SUCCEEDS", "MET");

    @Autowired
    ConnectionRepository repository;

    @Test
    void shouldExplainEachPathFromVolkToObamaInOneSentence() {
        var body = ok(api.get("/api/connections", "from", "Volk", "to", "Obama"));
        assertThat(strings(body.get("exclude"))).containsExactly("MENTIONED_IN");
        var paths = list(body.get("paths"));
        assertThat(paths).isNotEmpty();
        for (var path : paths) {
            assertThat(path.get("explanation").asString()).startsWith("Yevgeny Volk ").contains("Barack Obama")
                    .endsWith(".").doesNotContain("; ");
            assertThat(list(path.get("relationships"))).extracting(r -> r.get("type").asString()).doesNotContain("MENTIONED_IN");
            assertThat(list(path.get("nodes"))).extracting(n -> n.get("kind").asString()).doesNotContain("Article");
        }
        assertThat(paths).extracting(p -> p.get("explanation").asString()).contains("Yevgeny Volk made the statement"
                + " “the role of the elites of both countries in U.S.-Russian relations” (2009-04-01) about Barack Obama.");
    }

    @Test
    void shouldReadAWorksForHopWithTheRole() {
        var paths = list(ok(api.get("/api/connections", "from", "Volk", "to", "Heritage Foundation")).get("paths"));
        assertThat(paths).extracting(p -> p.get("explanation").asString())
                .containsExactly("Yevgeny Volk works for the Heritage Foundation as head of the Moscow branch.");
        var backwards = list(ok(api.get("/api/connections", "from", "Heritage Foundation", "to", "Volk")).get("paths"));
        assertThat(backwards).extracting(p -> p.get("explanation").asString())
                .containsExactly("The Heritage Foundation employs Yevgeny Volk as head of the Moscow branch.");
    }

    @Test
    void shouldFindTheShortestStructuralPathWhenClaimsAndArticlesAreExcluded() {
        var body = ok(api.get("/api/connections", "from", "Gibbs", "to", "Medvedev", "maxHops", "6",
                "exclude", "PARTY,ABOUT,ATTRIBUTED_TO,MENTIONED_IN"));
        assertThat(strings(body.get("exclude"))).containsExactly("PARTY", "ABOUT", "ATTRIBUTED_TO", "MENTIONED_IN");
        var paths = list(body.get("paths"));
        // longer than the shortest path over claims (3 hops): the types are filtered during the search, not after it
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(p.get("length").asInt()).isEqualTo(4));
        for (var path : paths) {
            assertThat(list(path.get("relationships"))).extracting(r -> r.get("type").asString()).allMatch(STRUCTURAL::contains);
            assertThat(path.get("explanation").asString()).startsWith("Robert Gibbs ").contains("the White House")
                    .contains("which is part of the United States, which is led by Barack Obama as President")
                    .endsWith("who met Dmitry Medvedev on 2009-04-01 in London.");
            assertThat(list(path.get("evidence"))).allSatisfy(e -> assertThat(e.get("quote").asString()).isNotBlank());
        }
        var withClaims = list(ok(api.get("/api/connections", "from", "Gibbs", "to", "Medvedev", "maxHops", "6")).get("paths"));
        assertThat(withClaims).isNotEmpty().allSatisfy(p -> assertThat(p.get("length").asInt()).isEqualTo(3));
        assertThat(withClaims).extracting(p -> p.get("explanation").asString())
                .anyMatch(s -> s.contains("the denied agreement “a new cap on nuclear warheads”"));
    }

    @Test
    void shouldReplaceTheDefaultWithAnExplicitList() {
        // MENTIONED_IN is left out only by default: a list that does not name it lets paths through the article
        var body = ok(api.get("/api/connections", "from", "Gibbs", "to", "Medvedev", "exclude", "PARTY,ABOUT,ATTRIBUTED_TO"));
        assertThat(strings(body.get("exclude"))).containsExactly("PARTY", "ABOUT", "ATTRIBUTED_TO");
        assertThat(list(body.get("paths"))).isNotEmpty().allSatisfy(p -> assertThat(list(p.get("relationships")))
                .extracting(r -> r.get("type").asString()).containsOnly("MENTIONED_IN"));
    }

    @Test
    void shouldConnectThroughASharedArticleWhenNothingIsExcluded() {
        var body = ok(api.get("/api/connections", "from", "Volk", "to", "Obama", "exclude", ""));
        assertThat(strings(body.get("exclude"))).isEmpty();
        var throughArticle = list(body.get("paths")).stream()
                .filter(p -> list(p.get("nodes")).get(1).get("kind").asString().equals("Article")).toList();
        assertThat(throughArticle).hasSize(1);
        var path = throughArticle.get(0);
        assertThat(path.get("length").asInt()).isEqualTo(2);
        var article = list(path.get("nodes")).get(1);
        assertThat(article.get("id").asString()).isEqualTo(ARTICLE);
        assertThat(article.get("name").asString()).isEqualTo("Medvedev, Obama Accent The Positive In First Meeting");
        assertThat(list(path.get("relationships"))).extracting(r -> r.get("type").asString())
                .containsExactly("MENTIONED_IN", "MENTIONED_IN");
        assertThat(path.get("explanation").asString()).isEqualTo("Yevgeny Volk is named in the article"
                + " “Medvedev, Obama Accent The Positive In First Meeting”, which names Barack Obama.");
        assertThat(list(path.get("evidence"))).hasSize(2).allSatisfy(e -> assertThat(list(e.get("sources")))
                .extracting(s -> s.get("id").asString()).containsExactly(ARTICLE));
        // the claim path of the same length is still there
        assertThat(list(body.get("paths"))).extracting(p -> p.get("explanation").asString())
                .anyMatch(s -> s.startsWith("Yevgeny Volk made the statement"));
    }

    @Test
    void shouldTakeHopTypesInAnyCaseRepeatedOrCommaSeparated() {
        var body = ok(api.getRaw("/api/connections?from=Volk&to=Obama&exclude=about&exclude=%20Party%20,attributed_to"));
        assertThat(strings(body.get("exclude"))).containsExactly("PARTY", "ABOUT", "ATTRIBUTED_TO");
    }

    @Test
    void shouldRefuseAnUnknownHopTypeNamingItAndTheAllowedOnes() {
        var response = api.get("/api/connections", "from", "Volk", "to", "Obama", "exclude", "MENTIONED_IN,BOGUS");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).contains("'BOGUS'")
                .contains("LEADS, MEMBER_OF, WORKS_FOR, SPEAKS_FOR, PART_OF, PARTY_TO, SUCCEEDS, MET, PARTY, ABOUT, ATTRIBUTED_TO, MENTIONED_IN");
        assertThat(api.get("/api/connections", "from", "Volk", "to", "Obama", "exclude", "STATED_IN").status()).isEqualTo(400);
        assertThat(api.get("/api/connections", "from", "Volk", "to", "Obama", "exclude", "AGREES_WITH").status()).isEqualTo(400);
    }

    @Test
    void shouldTreatAnInjectionAttemptInExcludeAsAnUnknownType() {
        var before = GraphCounts.of(graph);
        var response = api.get("/api/connections", "from", "Volk", "to", "Obama", "exclude", "MENTIONED_IN) DETACH DELETE (n");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString()).contains("MENTIONED_IN) DETACH DELETE (n");
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
        assertThat(before.get(":Claim")).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maxHops=50", "maxHops=0", "limit=-1", "limit=26", "maxHops=x"})
    void shouldRefuseBoundsOutOfRange(String parameter) {
        var response = api.getRaw("/api/connections?from=Volk&to=Obama&" + parameter);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldBeCallableWithTheHopTypesLeftAfterExclusion() {
        var paths = repository.paths("person:yevgeny-volk", "org:heritage-foundation", 2, 5, Set.of("WORKS_FOR"));
        assertThat(paths).singleElement().satisfies(p -> {
            assertThat(p.length()).isEqualTo(1);
            assertThat(p.explanation()).isEqualTo("Yevgeny Volk works for the Heritage Foundation as head of the Moscow branch.");
            assertThat(p.evidence()).singleElement().satisfies(e -> assertThat(e.quote()).contains("Heritage Foundation"));
        });
        assertThat(repository.paths("person:yevgeny-volk", "org:heritage-foundation", 2, 5, Set.of("LEADS"))).isEmpty();
        assertThat(repository.paths("person:yevgeny-volk", "org:heritage-foundation", 2, 5, Set.of())).isEmpty();
        assertThat(ConnectionRepository.DEFAULT_HOP_TYPES).doesNotContain("MENTIONED_IN").hasSize(11);
        assertThatThrownBy(() -> repository.paths("person:yevgeny-volk", "person:barack-obama", 2, 5, Set.of("STATED_IN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STATED_IN");
        assertThatThrownBy(() -> repository.paths("person:yevgeny-volk", "person:barack-obama", 7, 5, Set.of("PARTY")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The Example line of each file's header is a parameter map on which the statement answers on the seed. */
    @ParameterizedTest
    @ValueSource(strings = {"explore/find_connections", "explore/find_direct_connections",
            "explore/find_connections_through_claims", "explore/find_evidence"})
    void shouldAnswerTheExampleInTheHeader(String name) throws IOException {
        var header = Files.readAllLines(Path.of("cypher", name + ".cypher")).subList(0, 3);
        assertThat(header.get(0)).startsWith("// Question: ");
        assertThat(header.get(1)).startsWith("// Parameters: ");
        assertThat(header.get(2)).startsWith("// Example: {");
        var example = header.get(2).substring("// Example: ".length());
        // test code reading a checked-in file: the map literal is the example itself, not user text
        Map<String, Object> parameters = graph.read(tx -> tx.run("RETURN " + example + " AS p").single().get("p").asMap());
        var rows = graph.read(tx -> tx.run(Cypher.load(name), parameters).list());
        assertThat(rows).isNotEmpty();
        if (!name.endsWith("find_evidence")) {
            // every hop of one of the types allowed
            assertThat(rows).allSatisfy(r -> assertThat(r.get("relationships").asList(v -> v.get("type").asString()))
                    .isNotEmpty().allMatch(((List<?>) parameters.get("types"))::contains));
        } else {
            assertThat(rows.get(0).get("claims").asList()).hasSize(1);
            assertThat(rows.get(0).get("articles").asList()).hasSize(1);
        }
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> strings(JsonNode array) {
        return list(array).stream().map(JsonNode::asString).toList();
    }
}
