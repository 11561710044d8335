package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.facts.Facts;
import org.junit.jupiter.api.Test;

/**
 * The claim layers may make the same claim twice from one sentence; the Facts keep one, or the validator would find a
 * duplicate claim id and the whole article would fail to import (re3d's CENTCOM documents 11 and 16 did).
 */
class DistinctClaimsTests {

    private static Facts.Claim claim(String kind, String topic, String quote, String modality, String... parties) {
        return new Facts.Claim(null, kind, java.util.Arrays.stream(parties).map(p -> new Facts.Party(p, p)).toList(), List.of(),
                topic, null, null, modality, new Facts.Evidence(quote, quote, 0, quote.length()), null, 0.8, null, null);
    }

    @Test
    void shouldKeepTheFirstOfTwoClaimsWithTheSameKindPartiesTopicAndQuote() {
        var first = claim("CONFLICT", "the attack", "Coalition forces struck ISIS", "ASSERTED", "org:coalition", "org:isis");
        // the same claim with its parties in the other order and another modality: the same id, so one claim
        var again = claim("CONFLICT", "the attack ", "Coalition forces struck ISIS", "PLANNED", "org:isis", "org:coalition");
        assertThat(ClaimsMerge.distinct(List.of(first, again))).containsExactly(first);
        assertThat(first.identity()).isEqualTo(again.identity());
    }

    private static Facts.Claim act(String kind, String cameo, List<String> about, String actor, String... targets) {
        var parties = new java.util.ArrayList<Facts.Party>();
        parties.add(new Facts.Party(actor, null, "actor"));
        for (var t : targets) {
            parties.add(new Facts.Party(t, null, "target"));
        }
        var quote = "USAID provided food aid in Chad and medical supplies to Niger.";
        return new Facts.Claim(null, kind, parties, about, null, null, null, "ASSERTED", new Facts.Evidence(quote, quote, 0, quote.length()),
                null, 0.7, cameo, null);
    }

    /** The same act read once with its target and once with it only as what the act is about is one claim (ExtractorTests). */
    @Test
    void shouldTellAnActWithoutItsTargetFromAnotherAct() {
        var whole = act("COOPERATION", "070", List.of(), "org:usaid", "country:tcd");
        assertThat(ClaimsMerge.withoutItsTarget(act("STATEMENT", "073", List.of("country:tcd"), "org:usaid"), whole)).isTrue();
        // must not: about another place, another kind of act, another actor
        assertThat(ClaimsMerge.withoutItsTarget(act("STATEMENT", "073", List.of("country:ner"), "org:usaid"), whole)).isFalse();
        assertThat(ClaimsMerge.withoutItsTarget(act("STATEMENT", "111", List.of("country:tcd"), "org:usaid"), whole)).isFalse();
        assertThat(ClaimsMerge.withoutItsTarget(act("STATEMENT", "073", List.of("country:tcd"), "country:jpn"), whole)).isFalse();
    }

    @Test
    void shouldKeepClaimsThatDifferInKindTopicPartiesOrQuote() {
        var a = claim("CONFLICT", "the attack", "Coalition forces struck ISIS", "ASSERTED", "org:coalition", "org:isis");
        var b = claim("STATEMENT", "the attack", "Coalition forces struck ISIS", "ASSERTED", "org:coalition", "org:isis");
        var c = claim("CONFLICT", "the strike", "Coalition forces struck ISIS", "ASSERTED", "org:coalition", "org:isis");
        var d = claim("CONFLICT", "the attack", "Coalition forces struck ISIS", "ASSERTED", "org:coalition");
        var e = claim("CONFLICT", "the attack", "Coalition forces struck ISIS again", "ASSERTED", "org:coalition", "org:isis");
        assertThat(ClaimsMerge.distinct(List.of(a, b, c, d, e))).containsExactly(a, b, c, d, e);
    }
}
