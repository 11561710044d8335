package org.entente.explore.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.explore.ask.Question.Asks;
import org.entente.explore.ask.Question.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionReaderTests {

    /** Columns: question | relation | asks | names (';' between phrases) | topic | title | from | to */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Did Obama and Medvedev meet?                          | MEET         | WHETHER | Obama and Medvedev         |                 |           |         |
            When did Obama and Medvedev meet?                     | MEET         | WHEN    | Obama and Medvedev         |                 |           |         |
            Where did Obama meet Medvedev?                        | MEET         | WHERE   | Obama;Medvedev             |                 |           |         |
            Who leads Russia?                                     | LEAD         | WHO     | Russia                     |                 |           |         |
            Who is the president of the United States?            | LEAD         | WHO     | United States              |                 | president |         |
            What is Russia's president called                     | LEAD         | WHAT    | Russia                     |                 | president |         |
            When does START expire?                               | EXPIRE       | WHEN    | START                      |                 |           |         |
            Is New START signed?                                  | SIGNED       | WHETHER | New START                  |                 |           |         |
            What happened in London?                              | HAPPENED     | WHAT    | London                     |                 |           |         |
            What does the Kremlin think of the White House?       | THINK_OF     | WHAT    | Kremlin;White House        |                 |           |         |
            What did the US and Russia agree on about Afghanistan? | AGREE       | WHAT    | US and Russia              | Afghanistan     |           |         |
            What's the relationship between Obama and Medvedev?   | RELATIONSHIP | WHAT    | Obama and Medvedev         |                 |           |         |
            Who supports a new START treaty?                      | SUPPORT      | WHO     | new START treaty           |                 |           |         |
            What did Obama say about Afghanistan?                 | SAY          | WHAT    | Obama                      | Afghanistan     |           |         |
            What do Georgia and Russia disagree about?            | DISAGREE     | WHAT    | Georgia and Russia         |                 |           |         |
            What did Medvedev say about missile defense?          | SAY          | WHAT    | Medvedev                   | missile defense |           |         |
            How is Volk connected to Obama?                       | CONNECTED    | HOW     | Volk;Obama                 |                 |           |         |
            What links the Kremlin to the White House?            | CONNECTED    | WHAT    | Kremlin;the White House    |                 |           |         |
            Who agrees and who disagrees about missile defense?   | STANCES      | WHO     |                            | missile defense |           |         |
            Which treaties involve Russia?                        | TREATIES     | WHICH   | Russia                     |                 |           |         |
            Which treaties is the US party to?                    | PARTY_TO     | WHICH   | US                         |                 |           |         |
            Who said what about Iran?                             | SAY          | WHO     |                            | Iran            |           |         |
            What was said about Iran?                             | SAY          | WHAT    |                            | Iran            |           |         |
            What did Gibbs say?                                   | SAY          | WHAT    | Gibbs                      |                 |           |         |
            What happened between Obama and Medvedev in 2009?     | HAPPENED     | WHAT    | Obama and Medvedev         |                 |           | 2009    | 2009
            What happened to Russia since April 2009?             | HAPPENED     | WHAT    | Russia                     |                 |           | 2009-04 |
            Who opposes Georgia joining NATO?                     | OPPOSE       | WHO     | Georgia joining NATO       |                 |           |         |
            Who is Medvedev?                                      | IDENTITY     | WHO     | Medvedev                   |                 |           |         |
            What is START?                                        | IDENTITY     | WHAT    | START                      |                 |           |         |
            What is Gibbs's role?                                 | ROLE         | WHAT    | Gibbs                      |                 |           |         |
            Who disagrees with Russia?                            | DISAGREE     | WHO     | Russia                     |                 |           |         |
            """)
    void shouldReadTheSlots(String text, Relation relation, Asks asks, String names, String topic, String title, String from,
                            String to) {
        var q = QuestionReader.read(text);
        assertThat(q.relation()).as("relation").isEqualTo(relation);
        assertThat(q.asks()).as("asks").isEqualTo(asks);
        assertThat(String.join(";", q.names())).as("names").isEqualTo(names == null ? "" : names);
        assertThat(q.topic()).as("topic").isEqualTo(topic);
        assertThat(q.title()).as("title").isEqualTo(title);
        assertThat(q.from()).as("from").isEqualTo(from);
        assertThat(q.to()).as("to").isEqualTo(to);
    }

    @Test
    void shouldReadAPlaceApartFromTheNames() {
        var q = QuestionReader.read("Did Medvedev meet with Obama in London?");
        assertThat(q.names()).containsExactly("Medvedev", "Obama");
        assertThat(q.place()).isEqualTo("London");
        // after "happened" the place is what is asked about
        assertThat(QuestionReader.read("What happened in London?").names()).containsExactly("London");
    }

    @Test
    void shouldReadAPairJoinedByAHyphen() {
        var q = QuestionReader.read("What are US-Russia relations like?");
        assertThat(q.relation()).isEqualTo(Relation.RELATIONSHIP);
        assertThat(q.names()).containsExactly("US", "Russia");
    }

    @Test
    void shouldDropWordsThatOpenOrCloseAQuestion() {
        assertThat(QuestionReader.read("Has New START been signed?").names()).containsExactly("New START");
        assertThat(QuestionReader.read("On what did Obama and Medvedev agree regarding terrorism?").names())
                .containsExactly("Obama and Medvedev");
        assertThat(QuestionReader.read("How would you describe the relationship between Russia and the US?").names())
                .containsExactly("Russia and the US");
        assertThat(QuestionReader.read("Who is the secretary of state of the US?").relation()).isEqualTo(Relation.LEAD);
    }

    @Test
    void shouldSayWhenAMonthHasNoYear() {
        var q = QuestionReader.read("What happened to Russia since April?");
        assertThat(q.from()).isNull();
        assertThat(q.unread()).singleElement().asString().contains("since April");
        assertThat(q.names()).containsExactly("Russia");
    }

    @Test
    void shouldCutAPairAtEveryAnd() {
        var cuts = QuestionReader.splits("Bosnia and Herzegovina and Serbia");
        assertThat(cuts).hasSize(2);
        assertThat(cuts.get(0)).containsExactly("Bosnia", "Herzegovina and Serbia");
        assertThat(cuts.get(1)).containsExactly("Bosnia and Herzegovina", "Serbia");
        assertThat(QuestionReader.splits("Obama")).isEmpty();
        assertThat(QuestionReader.isPair("the two leaders")).isTrue();
    }

    @Test
    void shouldReadNoRelationIntoOtherText() {
        assertThat(QuestionReader.read("Bake me a cake").relation()).isEqualTo(Relation.NONE);
        assertThat(QuestionReader.read("MATCH (n) DETACH DELETE n").relation()).isEqualTo(Relation.NONE);
    }
}
