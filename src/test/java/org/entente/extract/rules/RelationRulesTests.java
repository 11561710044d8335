package org.entente.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.extract.ShortTexts;
import org.entente.facts.Facts;
import org.junit.jupiter.api.Test;

/** Structural relationships from what the gazetteer knows of the entities an article names: the sentences that needed them and those they must leave alone. */
class RelationRulesTests {

    private static Facts facts(String text, String published) {
        return ShortTexts.facts(text, null, published);
    }

    private static boolean has(Facts facts, String type, String from, String to) {
        return facts.relationships().stream().anyMatch(r -> r.type().equals(type) && r.from().equals(from) && r.to().equals(to));
    }

    /** A body whose name begins with its organization's, or that the gazetteer places in one, is part of it when both are named. */
    @Test
    void shouldMakeABodyPartOfTheOrganizationWhoseNameBeginsItsOwn() {
        assertThat(has(facts("The United Nations must act. The UN Security Council met on Monday.", "2021-07-26"),
                "PART_OF", "org:un-security-council", "org:un")).isTrue();
        assertThat(has(facts("The European Union and the European Commission welcomed the vote.", "2021-07-26"),
                "PART_OF", "org:european-commission", "org:eu")).isTrue();
        // the organization itself unnamed: nothing to relate the body to
        assertThat(facts("The UN Security Council met on Monday.", "2021-07-26").relationships()).noneMatch(r -> r.type().equals("PART_OF"));
        // a name that only shares a word with a body's is no part of it
        assertThat(facts("The United Nations and the United Arab Emirates spoke.", "2021-07-26").relationships())
                .noneMatch(r -> r.type().equals("PART_OF") && r.to().equals("org:un"));
    }

    /** The UN rights chief's visit to China (dev): a body's title with an adjective in it places its holder in the body, not in the state the dictionary last had her govern. */
    @Test
    void shouldPlaceTheHolderOfAHighCommissionersTitleInItsBody() {
        var facts = facts("The United States remains concerned about UN High Commissioner for Human Rights Michelle Bachelet and her visit to China.", "2022-05-28");
        assertThat(has(facts, "WORKS_FOR", "person:michelle-bachelet", "org:un")).isTrue();
        assertThat(facts.claims()).allSatisfy(c -> assertThat(c.parties()).noneMatch(p -> p.id().equals("country:chl")));
        // a former holder holds nothing
        assertThat(facts("Russia's Former Foreign Minister Igor Ivanov met Biden.", "2022-05-28").relationships())
                .noneMatch(r -> r.from().equals("person:igor-ivanov") && r.to().equals("country:rus"));
    }

    /** "President" after a body's name, which CoreNLP tags O there: the title is still a title, and its holder leads the body. */
    @Test
    void shouldReadATitleCoreNlpMissesAfterABodysName() {
        assertThat(has(facts("European Commission President Ursula von der Leyen met Biden.", "2022-07-01"),
                "LEADS", "person:ursula-von-der-leyen", "org:european-commission")).isTrue();
        // "EU Trade Commissioner": NER reads "Trade" as part of the body, the gazetteer's body is "EU" alone
        var hogan = facts("EU Trade Commissioner Phil Hogan met Biden.", "2020-07-01");
        assertThat(has(hogan, "WORKS_FOR", "person:phil-hogan", "org:eu")).isTrue();
        assertThat(hogan.relationships()).noneMatch(r -> r.from().equals("person:phil-hogan") && r.to().startsWith("country:"));
        // a body named beside the title, not before it, is not his
        assertThat(facts("NATO allies and President Biden met on Monday.", "2022-07-01").relationships())
                .noneMatch(r -> r.from().equals("person:joe-biden") && r.to().equals("org:nato"));
    }

    /** The Biden-Straujuma readout (dev): Latvia and NATO both named, Latvia a member since 2004. */
    @Test
    void shouldMakeANamedStateAMemberOfANamedOrganizationItBelongedToThatDay() {
        var text = "Latvia thanked NATO for the air policing mission.";
        assertThat(has(facts(text, "2014-04-29"), "MEMBER_OF", "country:lva", "org:nato")).isTrue();
        assertThat(facts(text, "2014-04-29").relationships()).anyMatch(r -> r.type().equals("MEMBER_OF")
                && "2004-03-29".equals(r.properties().get("since")));
        // before it joined, and a state that left: no member then
        assertThat(has(facts(text, "2003-05-01"), "MEMBER_OF", "country:lva", "org:nato")).isFalse();
        assertThat(has(facts("ECOWAS urged Mali to hold elections.", "2022-07-06"), "MEMBER_OF", "country:mli", "org:ecowas")).isTrue();
        assertThat(has(facts("ECOWAS urged Mali to hold elections.", "2025-06-01"), "MEMBER_OF", "country:mli", "org:ecowas")).isFalse();
        // a state that never belonged
        assertThat(has(facts("Russia warned NATO against expansion.", "2014-04-29"), "MEMBER_OF", "country:rus", "org:nato")).isFalse();
    }

    /** The Kremlin recognition statement (dev): "President Putin" with no state before the title leads the state the gazetteer has him govern that day. */
    @Test
    void shouldMakeAHeadOfStateByTitleLeadTheStateHeGoverns() {
        assertThat(has(facts("President Putin signed the decree on Monday.", "2022-02-21"), "LEADS", "person:vladimir-putin", "country:rus")).isTrue();
        // not a former head, not a vice president
        assertThat(facts("Former President Putin signed the decree.", "2022-02-21").relationships()).noneMatch(r -> r.type().equals("LEADS"));
        assertThat(facts("Vice President Biden spoke on Monday.", "2014-04-29").relationships()).noneMatch(r -> r.type().equals("LEADS"));
    }

    /** The Eritrea-Ethiopia declaration (dev): the state after the titled name, "Prime Minister Abiy of Ethiopia". */
    @Test
    void shouldGiveATitledNameTheStateNamedAfterIt() {
        var facts = facts("We commend Prime Minister Abiy of Ethiopia and President Isaias of Eritrea for leading their citizens towards peace.", "2018-07-10");
        assertThat(has(facts, "LEADS", "person:abiy", "country:eth")).isTrue();
        assertThat(has(facts, "LEADS", "person:isaias", "country:eri")).isTrue();
        assertThat(has(facts("Foreign Minister Wang Yi of China met Blinken in Bali.", "2022-07-09"), "WORKS_FOR", "person:wang-yi", "country:chn")).isTrue();
        // a former holder, a place, a possessive that begins a longer phrase: none is his
        assertThat(facts("Former President Obama of the United States spoke in Berlin.", "2019-04-06").relationships())
                .noneMatch(r -> r.from().equals("person:barack-obama") && r.to().equals("country:usa"));
        assertThat(facts("Senator Joe Biden of Delaware met Medvedev.", "2008-04-06").relationships())
                .noneMatch(r -> r.from().equals("person:joe-biden") && !r.type().equals("MET"));
        assertThat(facts("They met Ambassador Smith of Russia's neighbour Finland.", "2019-04-06").relationships())
                .noneMatch(r -> r.to().equals("country:rus"));
    }

    /** The Austin-Mucio call (dev): a portfolio inside the title, and the state before it by demonym or possessive. */
    @Test
    void shouldReadATitleWithItsPortfolioAfterTheStateThatGivesIt() {
        assertThat(has(facts("Secretary Austin spoke with Brazilian Minister of Defense José Mucio Monteiro.", "2023-04-07"),
                "WORKS_FOR", "person:jose-mucio-monteiro", "country:bra")).isTrue();
        assertThat(has(facts("Blinken met Indian External Affairs Minister Subrahmanyam Jaishankar.", "2022-07-01"),
                "WORKS_FOR", "person:subrahmanyam-jaishankar", "country:ind")).isTrue();
        assertThat(has(facts("Blinken met Kenya's Foreign Minister Raychelle Omamo.", "2022-07-01"),
                "WORKS_FOR", "person:raychelle-omamo", "country:ken")).isTrue();
        assertThat(has(facts("The Secretary met Ghana's President Nana Akufo-Addo.", "2022-07-01"),
                "LEADS", "person:nana-akufu-addo", "country:gha")).isTrue();
        // a state that is the object of a verb before the title is no holder of it
        assertThat(facts("Russia attacked Ukraine, said Foreign Minister Dmytro Kuleba.", "2022-07-01").relationships())
                .noneMatch(r -> r.from().equals("person:dmytro-kuleba") && r.to().equals("country:rus"));
    }

    /** The Togo and Mali statements (dev): a place the sentence puts in a state by name is part of it. */
    @Test
    void shouldMakeAPlaceTheSentenceLocatesInAStatePartOfIt() {
        assertThat(has(facts("Protests broke out in Sokode, Togo, on Monday.", "2017-10-24"), "PART_OF", "place:sokode", "country:tgo")).isTrue();
        assertThat(has(facts("People were killed in the village of Mourah in central Mali.", "2022-04-03"), "PART_OF", "place:mourah", "country:mli")).isTrue();
        // a state that goes on as a subject, or named by its demonym, locates nothing
        assertThat(facts("Shelling hit Kharkiv, Russia said.", "2022-04-03").relationships()).noneMatch(r -> r.type().equals("PART_OF"));
        assertThat(facts("A meeting in Geneva of Russian diplomats began.", "2022-04-03").relationships())
                .noneMatch(r -> r.type().equals("PART_OF") && r.to().equals("country:rus"));
    }

    /** The Costa Rica, Dominican Republic and Panama readout (dev): one who met three met each of them, and they not each other. */
    @Test
    void shouldMakeTheOneWhoMetSeveralMeetEachOfThem() {
        var facts = facts("Secretary of State Antony J. Blinken met with Costa Rican Foreign Minister Rodolfo Solano Quirós, Dominican "
                + "Foreign Minister Roberto Álvarez, and Panamanian Foreign Minister Erika Mouynes on March 2 in Washington.", "2022-03-03");
        for (var minister : java.util.List.of("person:rodolfo-solano-quiros", "person:roberto-alvarez", "person:erika-mouynes")) {
            assertThat(has(facts, "MET", "person:antony-blinken", minister)).as(minister).isTrue();
        }
        assertThat(facts.relationships()).noneMatch(r -> r.type().equals("MET") && !r.from().equals("person:antony-blinken"));
    }
}
