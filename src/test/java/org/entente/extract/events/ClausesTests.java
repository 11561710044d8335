package org.entente.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a clause puts its verb's event, on sentences of its own (the shared language models, no extractor). */
class ClausesTests {

    private static Clauses clauses(Parsed p) {
        return new Clauses(p.text(), p.parse());
    }

    @Test
    void shouldReadNegationRefusalAndWhatThePlainClauseLacks() {
        var not = Parsed.of("Russia did not sign the treaty.");
        assertThat(clauses(not).negated(not.at("sign"))).isTrue();
        var refused = Parsed.of("China refused to sign the treaty.");
        assertThat(clauses(refused).deniedAbove(refused.at("sign"))).as("under a refusal").isTrue();
        assertThat(clauses(refused).negated(refused.at("sign"))).isTrue();
        var unwilling = Parsed.of("We are concerned about China's unwillingness to cooperate with the WHO.");
        assertThat(clauses(unwilling).refusingNoun(unwilling.at("cooperate"))).isEqualTo(unwilling.at("unwillingness"));
        // must not: a plain clause, and a negation in the reporting clause above ("did not say that")
        var signed = Parsed.of("Russia signed the treaty.");
        assertThat(clauses(signed).negated(signed.at("signed"))).isFalse();
        assertThat(clauses(signed).conditional(signed.at("signed"))).isFalse();
        var say = Parsed.of("Obama did not say that Russia attacked Georgia.");
        assertThat(clauses(say).deniedAbove(say.at("attacked"))).isFalse();
    }

    @Test
    void shouldFindConditionsReportersAuxiliariesAndTheInfinitivesGovernor() {
        var conditional = Parsed.of("If the army invades the country, the alliance will respond.");
        assertThat(clauses(conditional).conditional(conditional.at("invades"))).isTrue();
        assertThat(clauses(conditional).conditional(conditional.at("respond"))).as("the main clause of a conditional").isTrue();
        assertThat(clauses(conditional).auxiliaries(conditional.at("respond"))).contains("will");
        var said = Parsed.of("Obama said Russia opposes the shield.");
        assertThat(clauses(said).reporter(said.at("opposes"))).isEqualTo(said.at("said"));
        assertThat(clauses(said).reporter(said.at("said"))).isEqualTo(-1);
        var urged = Parsed.of("The United States urged Russia to withdraw its troops.");
        assertThat(clauses(urged).infinitiveGovernor(urged.at("withdraw"))).isEqualTo(urged.at("urged"));
        assertThat(clauses(urged).infinitiveGovernor(urged.at("urged"))).isEqualTo(-1);
    }

    @Test
    void shouldKnowTheDictionarysOwnNegatingPatterns() {
        assertThat(Clauses.negatingPattern(new org.entente.extract.cameo.CameoVerbs.Coding("120", "accept", "- NOT * [120]", 0, -1))).isTrue();
        assertThat(Clauses.negatingPattern(new org.entente.extract.cameo.CameoVerbs.Coding("057", "sign", "* AGREEMENT", 0, -1))).isFalse();
        assertThat(Clauses.negatingPattern(new org.entente.extract.cameo.CameoVerbs.Coding("057", "sign", null, 0, -1))).isFalse();
    }
}
