package org.entente.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.entente.support.HttpTest;
import org.entente.support.GraphCounts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every read endpoint, every parameter, hostile or broken values: the answer is a 4xx problem detail (or a plain
 * answer when the value is merely unusual), never a 500, and the graph is unchanged.
 */
class BadRequestsIT extends HttpTest {

    private static final List<String> HOSTILE = List.of(
            "x' OR 1=1 MATCH (n) DETACH DELETE n //", "}) MATCH (n) DETACH DELETE n //", "$id", "\") RETURN 1 //",
            "CALL db.clearQueryCaches()", "name:* OR topic:[a TO z] \"~", "*", "\\", "\"", "%", "../../etc/passwd",
            "<script>alert(1)</script>", "\u0000", "🙂🙂", "x".repeat(10_000), "-1", "50", "999999999999", "NaN", " ");

    /** Endpoint, then the parameters it always gets, then the parameters to spoil one at a time. */
    private record Endpoint(String path, List<String> base, List<String> spoil) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/entities", List.of("q", "Obama"), List.of("q", "kind", "limit")),
            new Endpoint("/api/relations", List.of("a", "US", "b", "Russia"), List.of("a", "b", "limit")),
            new Endpoint("/api/connections", List.of("from", "Volk", "to", "Obama"), List.of("from", "to", "maxHops", "limit", "exclude")),
            new Endpoint("/api/stances", List.of("about", "country:geo"), List.of("about", "limit")),
            new Endpoint("/api/timeline", List.of("entity", "Obama", "with", "Medvedev"), List.of("entity", "with", "from", "to", "limit")),
            new Endpoint("/api/articles", List.of(), List.of("limit")),
            new Endpoint("/api/ask", List.of("q", "Who is Medvedev?"), List.of("q")),
            new Endpoint("/api/export", List.of("format", "json", "entity", "Volk"),
                    List.of("format", "entity", "hops", "since", "until", "limit")));

    @TestFactory
    Stream<DynamicTest> shouldNeverAnswerBadInputWith500() {
        return ENDPOINTS.stream().flatMap(e -> e.spoil().stream().map(parameter -> DynamicTest.dynamicTest(
                e.path() + " " + parameter, () -> {
                    var before = GraphCounts.of(graph);
                    for (var value : HOSTILE) {
                        var params = new ArrayList<String>();
                        for (int i = 0; i + 1 < e.base().size(); i += 2) {
                            if (!e.base().get(i).equals(parameter)) {
                                params.add(e.base().get(i));
                                params.add(e.base().get(i + 1));
                            }
                        }
                        params.add(parameter);
                        params.add(value);
                        var response = api.get(e.path(), params.toArray(String[]::new));
                        var what = e.path() + " " + parameter + "=" + (value.length() > 40 ? value.substring(0, 40) + "…" : value);
                        assertThat(response.status()).as(what).isLessThan(500);
                        if (response.status() >= 400) {
                            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                            assertThat(response.body().get("detail").asString()).as(what).isNotBlank();
                        }
                    }
                    assertThat(GraphCounts.of(graph)).isEqualTo(before);
                })));
    }

    @Test
    void shouldRefuseOutOfRangeBoundsWith400() {
        for (var call : List.of(
                List.of("/api/connections", "from", "Volk", "to", "Obama", "maxHops", "50"),
                List.of("/api/connections", "from", "Volk", "to", "Obama", "limit", "-1"),
                List.of("/api/relations", "a", "US", "b", "Russia", "limit", "-1"),
                List.of("/api/stances", "about", "country:geo", "limit", "-1"),
                List.of("/api/timeline", "entity", "Obama", "limit", "-1"),
                List.of("/api/articles", "limit", "-1"),
                List.of("/api/entities", "q", "Obama", "limit", "-1"),
                List.of("/api/export", "format", "json", "limit", "-1"))) {
            var response = api.get(call.get(0), call.subList(1, call.size()).toArray(String[]::new));
            assertThat(response.status()).as(call.toString()).isEqualTo(400);
            assertThat(response.body().get("detail").asString()).as(call.toString()).matches("(?s).*(limit|maxHops).*");
        }
    }

    @Test
    void shouldGiveProblemsSpringAnswersTheSameTypeAndTitle() {
        var missing = api.get("/api/stances");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("type").asString()).isEqualTo("urn:entente:problem:bad-request");
        assertThat(missing.body().get("title").asString()).isEqualTo("Bad request");
        assertThat(missing.body().get("detail").asString()).contains("about");
        var notANumber = api.get("/api/timeline", "entity", "Obama", "limit", "many");
        assertThat(notANumber.body().get("type").asString()).isEqualTo("urn:entente:problem:bad-request");
    }

    @Test
    void shouldAnswerUrlsTomcatRefusesWithAProblemDetailToo() {
        var huge = api.getRaw("/api/ask?q=" + "x".repeat(70_000));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        var error = api.getRaw("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.contentType()).startsWith("application/problem+json");
        var slash = api.getRaw("/api/entities/a%2Fb");
        assertThat(slash.status()).isEqualTo(400);
        assertThat(slash.body().get("status").asInt()).isEqualTo(400);
    }
}
