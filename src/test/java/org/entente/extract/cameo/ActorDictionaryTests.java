package org.entente.extract.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The PETRARCH/TABARI dictionary format: names, synonyms, role lines, comments, agents, and mistakes named by line. */
class ActorDictionaryTests {

    private static final String DICTIONARY = """
            <!-- A dictionary of Middle-earth -->
            GONDOR [GON]
            +MINAS_TIRITH
            +ANORIEN  # the province
            ARNOR_  [ARN] ; the northern kingdom

            <!-- a comment
                 over two lines -->
            GOLLUM
            +SMEAGOL
            \t[HOB < 950601]
            \t[HOBGOV 19950601 - 19990815]
            # [AAA950601-990815]  commented out
            \t[HOBREB > 990816]
            BOROMIR  [---]
            THE_SHIRE  [FRO/BIL/SAM]
            !PERSON! = MAN, WOMAN
            TROOP {TROOPS} [~MIL]
            CONGRESS!PERSON! [~LEG]
            """;

    @Test
    void shouldReadActorsWithTheirSynonymsAndCodes() {
        var dictionary = ActorDictionary.parse("middle-earth.actors", DICTIONARY);

        assertThat(dictionary.actors()).extracting(ActorDictionary.Actor::name)
                .containsExactly("GONDOR", "ARNOR_", "GOLLUM", "BOROMIR", "THE_SHIRE");
        var gondor = dictionary.actors().get(0);
        assertThat(gondor.synonyms()).containsExactly("MINAS_TIRITH", "ANORIEN");
        assertThat(gondor.code()).isEqualTo("GON");
        assertThat(gondor.line()).isEqualTo(2);
        assertThat(dictionary.actors().get(1).code()).isEqualTo("ARN");
    }

    @Test
    void shouldReadRoleLinesWithTheirDates() {
        var gollum = ActorDictionary.parse("middle-earth.actors", DICTIONARY).actors().get(2);

        assertThat(gollum.synonyms()).containsExactly("SMEAGOL");
        assertThat(gollum.codes()).containsExactly(new ActorCode("HOB", null, "1995-06-01"),
                new ActorCode("HOBGOV", "1995-06-01", "1999-08-15"), new ActorCode("HOBREB", "1999-08-16", null));
        assertThat(gollum.code()).as("no code without dates: the first").isEqualTo("HOB");
    }

    @Test
    void shouldLeaveNullCodesUncodedAndSplitSeveralCodes() {
        var actors = ActorDictionary.parse("middle-earth.actors", DICTIONARY).actors();

        assertThat(actors.get(3).code()).isNull();
        assertThat(actors.get(4).codes()).extracting(ActorCode::code).containsExactly("FRO", "BIL", "SAM");
    }

    @Test
    void shouldReadAgentsWithTheirSubstitutionSets() {
        var agents = ActorDictionary.parse("middle-earth.actors", DICTIONARY).agents();

        assertThat(agents).extracting(ActorDictionary.Agent::noun).containsExactly("TROOP", "CONGRESSMAN", "CONGRESSWOMAN");
        assertThat(agents).extracting(ActorDictionary.Agent::code).containsOnly("~MIL", "~LEG");
    }

    @Test
    void shouldNameTheLineOfAMistake() {
        var text = "GONDOR [GON]\n+MINAS_TIRITH\nARNOR [ARN 19951301]\n";

        assertThatThrownBy(() -> ActorDictionary.parse("bad.actors", text)).isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("bad.actors:3: ").hasMessageContaining("19951301");
    }

    @Test
    void shouldNameEveryMistakeAtOnce() {
        var text = "GONDOR [GON\n+MINAS_TIRITH\nARNOR [ARN 1999]\n";

        assertThatThrownBy(() -> ActorDictionary.parse("bad.actors", text))
                .hasMessageStartingWith("bad.actors:1: a '[' without ']'\nbad.actors:3: '1999' is no date");
    }

    @Test
    void shouldRefuseUnclosedBracketsTextAfterCodesAndOrphanSynonyms() {
        assertThatThrownBy(() -> ActorDictionary.parse("a.actors", "GONDOR [GON\n")).hasMessage("a.actors:1: a '[' without ']'");
        assertThatThrownBy(() -> ActorDictionary.parse("a.actors", "GONDOR [GON] ARNOR\n")).hasMessageStartingWith("a.actors:1: 'ARNOR'");
        assertThatThrownBy(() -> ActorDictionary.parse("a.actors", "# actors\n+MINAS_TIRITH\n"))
                .hasMessage("a.actors:2: a synonym (+NAME) before any actor's name");
        assertThatThrownBy(() -> ActorDictionary.parse("a.actors", "<!-- nothing -->\n")).hasMessageStartingWith("a.actors: no actor");
    }
}
