package org.entente.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.explore.Questions.Form;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuestionsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How is Volk connected to Obama?                      | CONNECTION   | Volk          | Obama   |
            how are Gibbs and Medvedev linked                    | CONNECTION   |               |         | Gibbs and Medvedev
            What links the Kremlin to the White House?           | CONNECTION   | the Kremlin   | the White House |
            What is the connection between NATO and Russia?      | CONNECTION   |               |         | NATO and Russia
            Where do the US and Russia agree?                    | AGREEMENT    |               |         | the US and Russia
            On what do Russia and the United States agree?       | AGREEMENT    |               |         | Russia and the United States
            What do the US and Russia disagree about?            | DISAGREEMENT |               |         | the US and Russia
            Where does Russia disagree with the U.S.?            | DISAGREEMENT | Russia        | the U.S. |
            Who agrees and who disagrees about missile defense?  | STANCES      | missile defense |       |
            Which treaties involve Russia?                       | TREATIES     | Russia        |         |
            Which treaties is the US party to?                   | PARTY_TO     | the US        |         |
            Who's Gibbs?                                         | WHO_IS       | Gibbs         |         |
            What happened between the US and Russia in April 2009 | HAPPENED    |               |         | the US and Russia
            Who is for and against NATO?                         | STANCES      | NATO          |         |
            Who said what about Georgia?                         | SAID_ABOUT   | Georgia       |         |
            What was said about Iran?                            | SAID_ABOUT   | Iran          |         |
            What happened between Obama and Medvedev in 2009?    | HAPPENED     |               |         | Obama and Medvedev
            What happened to Georgia?                            | HAPPENED     | Georgia       |         |
            Who opposes Georgia joining NATO?                    | OPPOSES      | Georgia joining NATO |  |
            Who supports the United States?                      | SUPPORTS     | the United States |     |
            Who is Medvedev?                                     | WHO_IS       | Medvedev      |         |
            What is START?                                       | WHO_IS       | START         |         |
            who   is   Obama’s                                   | WHO_IS       | Obama         |         |
            """)
    void shouldReadEachForm(String text, Form form, String first, String second, String pair) {
        var q = Questions.read(text).orElseThrow();
        assertThat(q.form()).isEqualTo(form);
        assertThat(q.first()).isEqualTo(first);
        assertThat(q.second()).isEqualTo(second);
        assertThat(q.pair()).isEqualTo(pair);
    }

    @Test
    void shouldReadThePeriodOfWhatHappened() {
        var inYear = Questions.read("What happened between the US and Russia in 2008?").orElseThrow();
        assertThat(inYear.pair()).isEqualTo("the US and Russia");
        assertThat(inYear.from()).isEqualTo("2008");
        assertThat(inYear.to()).isEqualTo("2008");
        var between = Questions.read("What happened between Obama and Medvedev from 2009-01 to 2009-06").orElseThrow();
        assertThat(between.from()).isEqualTo("2009-01");
        assertThat(between.to()).isEqualTo("2009-06");
        var month = Questions.read("What happened between the US and Russia in April 2009?").orElseThrow();
        assertThat(month.from()).isEqualTo("2009-04");
        assertThat(month.to()).isEqualTo("2009-04");
        var since = Questions.read("What happened to Russia since 2009?").orElseThrow();
        assertThat(since.first()).isEqualTo("Russia");
        assertThat(since.from()).isEqualTo("2009");
        assertThat(since.to()).isNull();
    }

    @Test
    void shouldCutAPairAtEveryAnd() {
        var cuts = Questions.splits("Bosnia and Herzegovina and Serbia");
        assertThat(cuts).hasSize(2);
        assertThat(cuts.get(0)).containsExactly("Bosnia", "Herzegovina and Serbia");
        assertThat(cuts.get(1)).containsExactly("Bosnia and Herzegovina", "Serbia");
        assertThat(Questions.splits("Obama")).isEmpty();
    }

    @Test
    void shouldReadNothingIntoOtherText() {
        assertThat(Questions.read("Bake me a cake")).isEmpty();
        assertThat(Questions.read("MATCH (n) DETACH DELETE n")).isEmpty();
        assertThat(Questions.understood()).hasSize(Form.values().length).contains("How is X connected to Y?");
    }
}
