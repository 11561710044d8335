package org.entente.explore.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Api.list;
import static org.entente.support.Api.texts;

import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The stance ledger of GET /api/relations, and the stand-ins it marks. */
public class RelationsIT extends HttpTest {

    @Test
    void shouldShowArmsControlAsAgreementAndGeorgiaAndMissileDefenseAsDisagreement() {
        var body = api.get("/api/relations", "a", "US", "b", "Russia").body();
        var armsControl = line(body, "arms control");
        assertThat(armsControl.get("balance").asString()).isEqualTo("agreement");
        assertThat(armsControl.get("agreements").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(armsControl.get("first").asString()).isEqualTo("2002");
        assertThat(texts(armsControl.get("claims"), "topic")).contains("a new nuclear arms reduction deal to replace START");
        var georgia = line(body, "Georgia");
        assertThat(georgia.get("balance").asString()).isEqualTo("disagreement");
        assertThat(georgia.get("disagreements").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(georgia.get("agreements").asInt()).isZero();
        assertThat(georgia.get("first").asString()).isEqualTo("2008-08");
        assertThat(line(body, "missile defense").get("balance").asString()).isEqualTo("disagreement");
        var ids = texts(body.get("agreements"), "id");
        for (var entry : list(armsControl.get("claims"))) {
            if (entry.get("stance").asString().equals("agreement")) {
                assertThat(ids).contains(entry.get("id").asString());
            }
        }
    }

    @Test
    void shouldMarkWhatLeadersAndGovernmentBodiesDidForTheirCountries() {
        var body = api.get("/api/relations", "a", "United States", "b", "Russia").body();
        var meeting = list(body.get("other")).stream()
                .filter(c -> c.get("topic").asString().equals("first face-to-face meeting of Obama and Medvedev")).findFirst().orElseThrow();
        assertThat(list(meeting.get("via"))).anySatisfy(v -> {
            assertThat(v.get("party").get("id").asString()).isEqualTo("person:barack-obama");
            assertThat(v.get("for").get("id").asString()).isEqualTo("country:usa");
            assertThat(v.get("through").get(0).asString()).isEqualTo("LEADS");
        });
        var concessions = list(body.get("disagreements")).stream()
                .filter(c -> c.get("topic").asString().startsWith("who should make concessions")).findFirst().orElseThrow();
        assertThat(list(concessions.get("via"))).extracting(v -> v.get("party").get("id").asString()).contains("org:kremlin");
        var direct = list(body.get("disagreements")).stream().filter(c -> c.get("topic").asString().equals("Georgia")
                && c.get("source").get("id").asString().equals("rferl-2009-04-01-medvedev-obama")).findFirst().orElseThrow();
        assertThat(direct.has("via")).isFalse();
    }

    @Test
    void shouldCountWhatTheStatesDidBetweenTheirLeadersWhileTheyLed() {
        var body = api.get("/api/relations", "a", "Obama", "b", "Medvedev").ok();
        var georgia = list(body.get("disagreements")).stream().filter(c -> c.get("topic").asString().equals("Georgia")
                && c.get("source").get("id").asString().equals("rferl-2009-04-01-medvedev-obama")).findFirst().orElseThrow();
        assertThat(list(georgia.get("via"))).anySatisfy(v -> {
            assertThat(v.get("party").get("id").asString()).isEqualTo("country:usa");
            assertThat(v.get("for").get("id").asString()).isEqualTo("person:barack-obama");
            assertThat(v.get("role").asString()).isEqualTo("it acts for");
        });
        // the 2002 SORT agreement came before Obama took office in January 2009
        assertThat(list(body.get("agreements"))).noneMatch(c -> c.get("date").asString().equals("2002"));
        assertThat(list(body.get("agreements"))).anyMatch(c -> c.get("topic").asString().contains("rapport"));
    }

    private static JsonNode line(JsonNode body, String issue) {
        return list(body.get("ledger")).stream().filter(l -> l.get("issue").asString().equals(issue)).findFirst()
                .orElseThrow(() -> new AssertionError("no ledger line for " + issue + ": " + body.get("ledger")));
    }
}
