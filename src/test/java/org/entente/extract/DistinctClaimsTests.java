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
        assertThat(Extractor.distinct(List.of(first, again))).containsExactly(first);
        assertThat(first.identity()).isEqualTo(again.identity());
    }

    @Test
    void shouldKeepClaimsThatDifferInKindTopicPartiesOrQuote() {
        var a = claim("CONFLICT", "the attack", "Coalition forces struck ISIS", "ASSERTED", "org:coalition", "org:isis");
        var b = claim("STATEMENT", "the attack", "Coalition forces struck ISIS", "ASSERTED", "org:coalition", "org:isis");
        var c = claim("CONFLICT", "the strike", "Coalition forces struck ISIS", "ASSERTED", "org:coalition", "org:isis");
        var d = claim("CONFLICT", "the attack", "Coalition forces struck ISIS", "ASSERTED", "org:coalition");
        var e = claim("CONFLICT", "the attack", "Coalition forces struck ISIS again", "ASSERTED", "org:coalition", "org:isis");
        assertThat(Extractor.distinct(List.of(a, b, c, d, e))).containsExactly(a, b, c, d, e);
    }
}
