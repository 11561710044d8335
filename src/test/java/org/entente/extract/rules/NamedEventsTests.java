package org.entente.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.entente.extract.ShortTexts;
import org.entente.facts.Facts;
import org.junit.jupiter.api.Test;

/** Events an article names in its own words: the sentences that needed them, and the phrases that must name none. */
class NamedEventsTests {

    private static Facts facts(String text) {
        return ShortTexts.facts(text, "U.S. Department of State", "2019-06-13");
    }

    private static Optional<Facts.Entity> event(Facts facts, String name) {
        return facts.entities().stream().filter(e -> e.kind().equals("Event") && e.name().equals(name)).findFirst();
    }

    @Test
    void shouldNameAnEventByTheNamesInItsPhraseAndMakeTheSentencesClaimsAboutIt() {
        var facts = facts("The United States condemns the attack on the U.S. Embassy in Baghdad.");
        var attack = event(facts, "attack on the U.S. Embassy in Baghdad").orElseThrow();
        assertThat(attack.id()).isEqualTo("event:2019-attack-on-the-us-embassy-in-baghdad"); // a description: the year it was written
        assertThat(attack.aliases()).contains("the attack on the U.S. Embassy in Baghdad").doesNotContain("the attack");
        assertThat(facts.claims().stream().filter(c -> c.cameo() != null && c.cameo().equals("111")))
                .isNotEmpty().allMatch(c -> c.about().contains(attack.id()));
    }

    /** "the election" refers back to the election named before; a phrase that names nothing before its head keeps its words. */
    @Test
    void shouldTakeWhatRefersBackAsTheEventNamedBefore() {
        var facts = facts("We congratulate Kazakhstan on Sunday's presidential election. We regret that the election fell short of "
                + "international standards. The Ebola outbreak in Guinea worries France.");
        assertThat(event(facts, "Sunday's presidential election")).hasValueSatisfying(e -> assertThat(e.aliases()).contains("the election"));
        assertThat(event(facts, "Ebola outbreak in Guinea")).hasValueSatisfying(e -> assertThat(e.aliases()).contains("The Ebola outbreak"));
        assertThat(facts.claims().stream().filter(c -> c.evidence().quote().contains("regret")))
                .isNotEmpty().allMatch(c -> c.about().contains("event:2019-sundays-presidential-election"));
    }

    /** A crisis named again with fewer words, or as a conflict, is the same crisis; words of judgement are no part of its name. */
    @Test
    void shouldKeepOneCrisisUnderItsPlainName() {
        var facts = facts("The United States is deeply concerned about the ongoing crisis in Ethiopia's Tigray region. "
                + "We call for an end to the conflict in Tigray.");
        var crisis = event(facts, "crisis in Ethiopia's Tigray region").orElseThrow();
        assertThat(crisis.id()).isEqualTo("event:crisis-in-ethiopias-tigray-region"); // a conflict goes on over years: not dated
        assertThat(crisis.aliases()).contains("the ongoing crisis in Ethiopia's Tigray region", "the conflict in Tigray");
        assertThat(facts.entities().stream().filter(e -> e.kind().equals("Event"))).hasSize(1);
    }

    /** "this coup" with none named before points at the event the article is about. */
    @Test
    void shouldTakeADemonstrativeWithNothingBeforeAsTheArticlesEvent() {
        var facts = facts("It is important that the Royal Thai Armed Forces end this coup.");
        assertThat(event(facts, "coup")).hasValueSatisfying(e -> assertThat(e.aliases()).contains("this coup"));
    }

    @Test
    void shouldNameNoEventWhereNothingSaysWhichOne() {
        // a generic phrase, an indefinite one, plural crises, an attack on no one named, a head that goes on as a noun
        var facts = facts("Elections are important. Russia's conduct is a clear attack on Ukraine's sovereignty. "
                + "The economic crises in Lebanon deepened. France condemned the attack on civilians. "
                + "Election observers from Germany arrived.");
        assertThat(facts.entities()).noneMatch(e -> e.kind().equals("Event") && !e.id().equals("event:russo-ukrainian-war"));
        // "our visit" names no one: "our" is the speaker, not a name
        assertThat(facts("Our visit was a success.").entities()).noneMatch(e -> e.kind().equals("Event"));
    }
    /** An event the gazetteer knows ("the COVID-19 pandemic") is the one "the pandemic" refers back to; alone it names none. */
    @Test
    void shouldReferBackToAnEventTheGazetteerKnows() {
        var facts = facts("The United States and Japan discussed the COVID-19 pandemic. The pandemic has hurt Africa.");
        assertThat(facts.entities()).filteredOn(e -> e.id().equals("event:covid-19-pandemic")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Facts.Mention::text).contains("The pandemic"));
        // must not: "the pandemic" with none named before names no event (a 2009 statement on H1N1 influenza)
        assertThat(facts("The pandemic has hurt Mexico.").entities()).noneMatch(e -> e.kind().equals("Event"));
    }
}
