package org.entente.explore.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Api.list;
import static org.entente.support.Api.texts;

import java.nio.file.Path;
import java.util.List;

import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** GET /api/ask: every form of question, answered from the seeded graph with its interpretation and evidence. */
public class AskIT extends HttpTest {

    @Test
    void shouldExplainHowVolkIsConnectedToObama() {
        var body = ask("How is Volk connected to Obama?", "CONNECTION");
        assertThat(texts(body.get("interpretation").get("entities"), "id")).containsExactly("person:yevgeny-volk", "person:barack-obama");
        assertThat(body.get("answer").asString()).contains("Yevgeny Volk").contains("Barack Obama");
        assertThat(body.get("interpretation").get("see").asString()).startsWith("/api/connections?from=person%3Ayevgeny-volk");
        assertEvidence(body);
    }

    @Test
    void shouldSayWhereTheUsAndRussiaAgreeAndDisagree() {
        var agree = ask("Where do the US and Russia agree?", "AGREEMENT");
        assertThat(texts(agree.get("interpretation").get("entities"), "id")).containsExactly("country:usa", "country:rus");
        assertThat(agree.get("answer").asString()).contains("arms control").doesNotContain("Georgia");
        assertEvidence(agree);
        var disagree = ask("What do the US and Russia disagree about?", "DISAGREEMENT");
        assertThat(disagree.get("answer").asString()).contains("Georgia").contains("missile defense");
        assertThat(list(disagree.get("evidence"))).anyMatch(e -> e.get("quote").asString().contains("causes and sequence"));
        assertThat(ask("Where do Washington and Moscow disagree", "DISAGREEMENT").get("answer").asString()).contains("Georgia");
    }

    @Test
    void shouldSayWhoSomeoneIs() {
        var body = ask("Who is Medvedev?", "WHO_IS");
        assertThat(body.get("answer").asString()).contains("Dmitry Medvedev").contains("President of Russia").contains("leads Russia");
        assertEvidence(body);
        assertThat(ask("Who is the Kremlin?", "WHO_IS").get("answer").asString()).contains("Kremlin").contains("Russia");
    }

    @Test
    void shouldListTheTreatiesThatInvolveAState() {
        var body = ask("Which treaties involve Russia?", "TREATIES");
        assertThat(body.get("answer").asString()).contains("Strategic Arms Reduction Treaty").contains("New START")
                .contains("Non-Proliferation");
        assertEvidence(body);
        assertThat(ask("Which treaties involve Obama?", "TREATIES").get("answer").asString())
                .contains("Strategic Arms Reduction Treaty").contains("through the United States");
        // party to: the treaties themselves, not New START, which the two only agreed to negotiate
        assertThat(ask("Which treaties is the US party to?", "PARTY_TO").get("answer").asString())
                .contains("Strategic Arms Reduction Treaty").contains("Strategic Offensive Reductions Treaty").doesNotContain("New START");
    }

    @Test
    void shouldSayWhoSaidWhatAboutASubject() {
        var body = ask("Who said what about country:geo?", "SAID_ABOUT");
        assertThat(body.get("answer").asString()).contains("had real disagreements about Georgia");
        assertEvidence(body);
        var obama = ask("Who said what about Obama?", "SAID_ABOUT");
        assertThat(obama.get("answer").asString()).contains("Yevgeny Volk said");
    }

    @Test
    void shouldTellWhatHappenedBetweenTwoInAYear() {
        var body = ask("What happened between Obama and Medvedev in 2009?", "HAPPENED");
        assertThat(body.get("interpretation").get("from").asString()).isEqualTo("2009-01-01");
        assertThat(body.get("interpretation").get("to").asString()).isEqualTo("2009-12-31");
        assertThat(body.get("answer").asString()).contains("2009-04-01").contains("2009-07").doesNotContain("2008-08");
        assertEvidence(body);
    }

    @Test
    void shouldSayWhoOpposesAndWhoSupports() {
        var nato = ask("Who opposes NATO?", "OPPOSES");
        assertThat(nato.get("answer").asString()).contains("Russia against the United States");
        assertThat(list(nato.get("evidence"))).anyMatch(e -> e.get("quote").asString().contains("staunchly opposed"));
        var opposes = ask("Who opposes Russia?", "OPPOSES");
        assertThat(opposes.get("answer").asString()).contains("United States").contains("Georgia").doesNotContain("White House");
        assertEvidence(opposes);
        var supports = ask("Who supports Tbilisi?", "SUPPORTS");
        assertThat(supports.get("answer").asString()).contains("United States");
        var topic = ask("Who opposes Georgia joining NATO?", "OPPOSES");
        assertThat(topic.get("interpretation").get("subject").get("kind").asString()).isEqualTo("text");
        assertThat(topic.get("answer").asString()).startsWith("Against it, in the source's words: Russia (“Moscow")
                .contains("Russia against the United States");
        assertThat(ask("Who supports Georgia joining NATO?", "SUPPORTS").get("answer").asString())
                .startsWith("For it, in the source's words: the United States (“The United States has forged close ties");
        assertThat(list(topic.get("evidence"))).anyMatch(e -> e.get("quote").asString().contains("staunchly opposed"));
    }

    @Test
    void shouldReadWhoIsForAndWhoIsAgainstFromWhatTheVerbIsAbout() {
        importer.importPaths(List.of(Path.of("src/test/resources/facts/fixtures/nabucco.yaml")));
        // "Russia opposes Nabucco and backs its own South Stream project, while the EU supports Nabucco."
        assertThat(ask("Who supports Nabucco?", "SUPPORTS").get("answer").asString())
                .startsWith("For it, in the source's words: the European Union (").doesNotContain("words: Russia");
        assertThat(ask("Who opposes Nabucco?", "OPPOSES").get("answer").asString())
                .startsWith("Against it, in the source's words: Russia (");
    }

    @Test
    void shouldCountLeadersForTheStatesTheyLead() {
        var body = ask("What do Obama and Medvedev disagree about?", "DISAGREEMENT");
        assertThat(body.get("answer").asString()).contains("Georgia").contains("missile defense");
        assertThat(ask("What did Gibbs say?", "SAID_BY").get("answer").asString()).contains("have not settled on a new cap");
        assertThat(ask("What happened between the US and Russia in Aug. 2008?", "HAPPENED").get("interpretation").get("from")
                .asString()).isEqualTo("2008-08-01");
    }

    @Test
    void shouldAnswerStancesOnAnIssue() {
        var body = ask("Who agrees and who disagrees about missile defense?", "STANCES");
        assertThat(body.get("interpretation").get("subject").get("id").asString()).isEqualTo("missile-defense");
        assertThat(body.get("answer").asString()).contains("Russia against the United States");
    }

    @Test
    void shouldList422FormsForAQuestionItCannotRead() {
        var response = api.get("/api/ask", "q", "Bake me a cake");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(texts(response.body().get("forms"), null)).hasSizeGreaterThanOrEqualTo(18);
        assertThat(response.body().get("forms").toString()).contains("How is Volk connected to Obama?").contains("Who opposes NATO?")
                .contains("When does START expire?");
        assertThat(api.get("/api/ask", "q", "How are they connected?").status()).isEqualTo(422);
    }

    @Test
    void shouldAnswerUnknownAndAmbiguousNamesLikeEveryEndpoint() {
        var unknown = api.get("/api/ask", "q", "How is Medvedv connected to Obama?");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(texts(unknown.body().get("suggestions"), "id")).contains("person:dmitry-medvedev");
        importer.importPaths(List.of(Path.of("src/test/resources/facts/fixtures/georgia-us-state.yaml")));
        var ambiguous = api.get("/api/ask", "q", "Who supports Georgia?");
        assertThat(ambiguous.status()).isEqualTo(409);
        assertThat(texts(ambiguous.body().get("candidates"), "id")).contains("country:geo", "place:georgia-us-state");
    }

    @Test
    void shouldRefuseAnOverlongOrEmptyQuestionWith400() {
        var response = api.get("/api/ask", "q", "How is " + "x".repeat(10_000) + " connected to Obama?");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString()).contains("at most 300 characters");
        assertThat(api.get("/api/ask", "q", " ").status()).isEqualTo(400);
        assertThat(api.get("/api/ask").status()).isEqualTo(400);
    }

    private JsonNode ask(String question, String form) {
        var response = api.get("/api/ask", "q", question);
        assertThat(response.status()).as(question + " → " + response.body()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("interpretation").get("form").asString()).as(question).isEqualTo(form);
        assertThat(body.get("interpretation").get("reading").asString()).isNotBlank();
        assertThat(body.get("answer").asString()).isNotBlank();
        return body;
    }

    private static void assertEvidence(JsonNode body) {
        var evidence = list(body.get("evidence"));
        assertThat(evidence).isNotEmpty();
        for (var e : evidence) {
            assertThat(e.get("quote").asString()).isNotBlank();
            assertThat(list(e.get("sources"))).isNotEmpty().allMatch(s -> !s.get("id").asString().isBlank());
        }
    }
}
