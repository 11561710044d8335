package org.entente.extract.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTests {

    @Test
    void shouldTakeTheInitialsAndMoreLettersOfAWord() {
        assertThat(Acronyms.abbreviates("TPLF", "Tigray People’s Liberation Front")).isTrue();
        assertThat(Acronyms.abbreviates("IGAD", "Intergovernmental Authority on Development")).isTrue();
        assertThat(Acronyms.abbreviates("UNITAMS", "United Nations Integrated Transition Assistance Mission in Sudan")).isTrue();
    }

    @Test
    void shouldLetASmallWordGiveItsLetterOrNone() {
        assertThat(Acronyms.abbreviates("ECOWAS", "Economic Community of West African States")).isTrue();
        assertThat(Acronyms.abbreviates("GNA", "the Government of National Accord")).isTrue();
        // an elided particle gives the letter of the name behind it (the Côte d'Ivoire dev text)
        assertThat(Acronyms.abbreviates("UNOCI", "United Nations Operation in Cote d’Ivoire")).isTrue();
    }

    /** The Arabic article, alone or joined, gives nothing, but a capital "Al" begins a name (the KTJ dev text). */
    @Test
    void shouldSkipTheArabicArticle() {
        assertThat(Acronyms.abbreviates("KTJ", "Katibat al Tawhid wal Jihad")).isTrue();
        assertThat(Acronyms.abbreviates("JNIM", "Jamaat Nusrat al-Islam wal-Muslimin")).isTrue();
        assertThat(Acronyms.abbreviates("AQAP", "Al Qaeda in the Arabian Peninsula")).isTrue();
        assertThat(Acronyms.abbreviates("KAWJ", "Katibat al Tawhid wal Jihad")).isFalse(); // "al" gives no letter
        assertThat(Acronyms.elided("al-Islam")).isEqualTo("Islam");
        assertThat(Acronyms.elided("self-defense")).isNull();
    }

    @Test
    void shouldUseEveryLetterAndEveryWordOfTheName() {
        assertThat(Acronyms.abbreviates("NATO", "Northern Alliance")).isFalse();
        assertThat(Acronyms.abbreviates("AU", "African Union Commission")).isFalse(); // "Commission" gives nothing
        assertThat(Acronyms.abbreviates("UNX", "United Nations")).isFalse(); // an "X" neither word has
        assertThat(Acronyms.abbreviates("NU", "United Nations")).isFalse(); // the first letter from the first word
        assertThat(Acronyms.abbreviates("OAS", "of American States")).isFalse(); // a name never begins with a small word
    }

    @Test
    void shouldTakeOddSpacingAndLongNamesWithoutFailing() {
        assertThat(Acronyms.abbreviates("LAF", "The  Lebanese Armed Forces ")).isTrue();
        assertThat(Acronyms.abbreviates("ABCDEFGHIJ", "Aaaaaaaaaaaa Bbbbbbbbbbbb Cccccccccccc Dddddddddddd Eeeeeeeeeee Ffffffffff "
                + "Gggggggggg Hhhhhhhhhh Iiiiiiiiii Kkkkkkkkkk")).isFalse();
    }
}
