package org.entente.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The noun phrases that name an event, on sentences of their own (the shared language models, no extractor). */
class NounPhrasesTests {

    /** Nothing is a name here: the sentences use common nouns only where it matters. */
    private static NounPhrases nouns(Parsed p) {
        return new NounPhrases(p.text(), p.parse(), t -> false);
    }

    @Test
    void shouldFindTheEventNounBeforeItsFrameAndItsCode() {
        var policy = Parsed.of("The Department announced a visa restriction policy for officials.");
        var n = nouns(policy);
        int restriction = policy.at("restriction");
        assertThat(n.frameOf(restriction)).isEqualTo(policy.at("policy"));
        assertThat(n.eventNounIn(policy.at("policy"))).as("the object names the noun before its frame").isEqualTo(restriction);
        assertThat(n.nounCode(restriction, n.eventNoun(restriction), policy.at("announced"))).isEqualTo("163");
        var aid = Parsed.of("We have imposed restrictions on assistance to the region.");
        int restrictions = aid.at("restrictions");
        assertThat(nouns(aid).nounCode(restrictions, nouns(aid).eventNoun(restrictions), aid.at("imposed")))
                .as("restrictions on assistance: the event it is done to").isEqualTo("162");
        // must not: a frame with no event noun before it
        var trade = Parsed.of("The ministry announced a new trade policy.");
        assertThat(nouns(trade).eventNounIn(trade.at("policy"))).isEqualTo(-1);
    }

    @Test
    void shouldTellHedgedNounsAndLightObjects() {
        var none = Parsed.of("There was no agreement on the border.");
        assertThat(nouns(none).hedged(none.at("agreement"))).isTrue();
        var one = Parsed.of("They reached an agreement on the border.");
        assertThat(nouns(one).hedged(one.at("agreement"))).isFalse();
        var steps = Parsed.of("The ministry is taking steps to impose restrictions.");
        assertThat(nouns(steps).lightObject(steps.at("taking"))).isEqualTo(steps.at("steps"));
        var noSteps = Parsed.of("The ministry has taken no steps to impose restrictions.");
        assertThat(nouns(noSteps).lightObject(noSteps.at("taken"))).as("took no steps").isEqualTo(-1);
    }
}
