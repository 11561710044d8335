package org.entente.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.extract.ShortTexts;
import org.entente.facts.Facts;
import org.junit.jupiter.api.Test;

/** What a claim is about when it names nothing but the article has placed a crisis: the sentences that needed it and those it must leave alone. */
class CrisesTests {

    private static Facts facts(String text) {
        return ShortTexts.facts(text, null, "2021-05-23");
    }

    /** A dev statement on Tigray: its condemnation and its call for a solution "to the crisis" name no place. */
    @Test
    void shouldMakeStancesThatNameNothingAboutTheCrisisPlacedBefore() {
        var facts = facts("The United States has deep concerns about the ongoing crisis in Ethiopia's Tigray region. "
                + "The United States condemns in the strongest terms the killings and other abuses. "
                + "The United States reiterates its calls for a durable, political solution to the crisis.");
        assertThat(facts.claims().stream().filter(c -> c.evidence().quote().contains("condemns")))
                .isNotEmpty().allMatch(c -> c.about().contains("place:tigray"));
        assertThat(facts.claims().stream().filter(c -> c.evidence().quote().contains("reiterates")))
                .isNotEmpty().allMatch(c -> c.about().contains("place:tigray"));
    }

    @Test
    void shouldLeaveDealsAndTextsWithoutAPlacedCrisisAlone() {
        var deal = facts("The war in Georgia ended in 2008. Russia and France signed a trade agreement on wine.");
        assertThat(deal.claims()).noneMatch(c -> c.about().contains("country:geo") && c.evidence().quote().contains("wine"));
        var unplaced = facts("The crisis deepened. France condemned the killings.");
        assertThat(unplaced.claims()).allMatch(c -> c.about().stream().noneMatch(a -> a.startsWith("place:") || a.startsWith("country:")));
    }
}
