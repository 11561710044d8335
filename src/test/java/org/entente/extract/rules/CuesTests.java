package org.entente.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.extract.cameo.CameoCodes;
import org.junit.jupiter.api.Test;

/** The claim cue table (extract/cues.txt) against the CAMEO codebook it cites. */
class CuesTests {

    /**
     * A cue's Goldstein score is its CAMEO code's: "condemn" stood at 122 (rejecting a request for material aid, -4.0)
     * with the -2.0 of 111 (criticize or denounce), so every condemnation the table found carried a rejection's code.
     */
    @Test
    void shouldGiveEveryCueTheGoldsteinScoreOfItsCameoCode() {
        assertThat(Cues.all()).isNotEmpty().allSatisfy(cue -> assertThat(cue.goldstein())
                .as("%s (%s)", String.join(" ", cue.lemmas()), cue.cameo()).isEqualTo(CameoCodes.goldstein(cue.cameo())));
        assertThat(Cues.all()).filteredOn(cue -> String.join(" ", cue.lemmas()).equals("condemn"))
                .singleElement().satisfies(cue -> assertThat(cue.cameo()).isEqualTo("111"));
    }
}
