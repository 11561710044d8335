package org.entente.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.facts.ClaimKind;
import org.junit.jupiter.api.Test;

class ClaimViewTests {

    /**
     * A GDELT event has a CAMEO code and no topic: answers and timelines said “null” for it ("for example “null”
     * (2015-01-01)"); they now name what it did by CAMEO's root.
     */
    @Test
    void shouldSayWhatAClaimIsAboutEvenWithoutATopic() {
        assertThat(claim("arms reduction", "046").what()).isEqualTo("arms reduction");
        assertThat(claim(null, "193").what()).isEqualTo("fight (CAMEO 193)");
        assertThat(claim(null, "0331").what()).isEqualTo("express intent to cooperate (CAMEO 0331)");
        assertThat(claim(null, null).what()).isEqualTo("conflict");
        assertThat(claim(null, "x1").what()).isEqualTo("conflict");
        assertThat(Wording.claim(claim(null, "193"))).doesNotContain("null").endsWith("fight (CAMEO 193)");
    }

    private static ClaimView claim(String topic, String cameo) {
        return new ClaimView("claim:1", ClaimKind.CONFLICT, topic, null, "2015-01-01", null, 0.5, cameo, -10.0, null,
                java.util.List.of(), java.util.List.of(), null, null, null, null, null);
    }
}
