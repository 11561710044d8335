package org.entente.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationsTests {

    @Test
    void shouldBlankANoteBetweenTwoSentencesKeepingEveryOffset() {
        var body = "It was vetoed by the Soviet Union. (Ibid.) Lodge followed.\n\n"
                + "He protested. (Department of State, Rusk Files: Lot 72 D 192)\n\nIn response, the Council met.";
        var blanked = Citations.blanked(body);

        assertThat(blanked).hasSameSizeAs(body).doesNotContain("Ibid", "Rusk Files").contains("Lodge followed.\n\n");
        assertThat(blanked.indexOf("Lodge")).isEqualTo(body.indexOf("Lodge"));
    }

    @Test
    void shouldKeepABracketInsideASentenceOrASentenceInBrackets() {
        var inside = "The United States (and Canada) objected. The African Union Commission (AUC) met.";
        var sentence = "The talks ended. (Russia and the United States met again in May.) Nothing changed.";
        var lower = "The talks ended. (see below) and then they met.";

        assertThat(Citations.blanked(inside)).isEqualTo(inside);
        assertThat(Citations.blanked(sentence)).isEqualTo(sentence);
        assertThat(Citations.blanked(lower)).isEqualTo(lower);
    }
}
