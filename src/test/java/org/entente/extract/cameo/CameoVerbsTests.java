package org.entente.extract.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The verb dictionary reader and matcher on small dictionaries of its own, and the shipped one. No NLP. */
class CameoVerbsTests {

    private static final String DICTIONARY = """
            &MILITARY
            +SPECIAL_FORCES
            +TROOPS
            --- SEND [---] ---
            SEND {SENDS SENT SENDING}
            - * &MILITARY TO + [072]
            --- CONDEMN [111] ---
            CONDEMN
            DENOUNCE [112]
            --- ATTACK [190] ---
            ATTACK
            +GUN_DOWN {+GUNNED_DOWN} [193]
            - * AIRSTRIKE IN + [195]
            """;

    /** A sentence of words (lemma = word, lower case), the verb at {@code verb}, names where {@code named} says. */
    private static CameoVerbs.Coding code(CameoVerbs verbs, String sentence, int verb, Integer... named) {
        var words = List.of(sentence.split(" "));
        var lemmas = words.stream().map(String::toLowerCase).toList();
        var names = Arrays.asList(named);
        return verbs.code(new CameoVerbs.Sentence(words, lemmas, verb, words.size(), names::contains));
    }

    @Test
    void shouldCodeByBlockVerbAndPattern() {
        var verbs = CameoVerbs.parse(DICTIONARY);
        assertThat(code(verbs, "France condemn the attack", 1).code()).isEqualTo("111");
        assertThat(code(verbs, "France denounce the attack", 1).code()).as("a verb's own code").isEqualTo("112");
        var troops = code(verbs, "France send troops to Mali", 1, 4);
        assertThat(troops.code()).isEqualTo("072");
        assertThat(troops.target()).as("where the + stood").isEqualTo(4);
        assertThat(code(verbs, "Police gun down protesters", 1).code()).as("a phrasal verb").isEqualTo("193");
        assertThat(code(verbs, "Russia launch airstrike in Syria", 1, 4)).as("a verb this dictionary lacks").isNull();
        assertThat(code(verbs, "Russia attack Syria", 1, 2).code()).isEqualTo("190");
    }

    @Test
    void shouldMatchAMultiWordMemberOfASetWholeAndAnEmptyBlockAsNoEvent() {
        var verbs = CameoVerbs.parse(DICTIONARY);
        assertThat(code(verbs, "France send special forces to Mali", 1, 5).code()).isEqualTo("072");
        assertThat(code(verbs, "France send special envoys to Mali", 1, 5).code()).as("SPECIAL alone is no SPECIAL_FORCES").isNull();
    }

    @Test
    void shouldAddASupplementsPatternsToTheBlockOfItsNameAndKeepItsCode() {
        var verbs = CameoVerbs.parse(DICTIONARY, """
                --- CONDEMN [---] ---
                DEPLORE
                - * + AT UN [114]
                --- BLOCKADE [191] ---
                BLOCKADE
                """);
        assertThat(code(verbs, "France condemn Mali at UN", 1, 2).code()).as("a pattern added to CONDEMN").isEqualTo("114");
        assertThat(code(verbs, "France condemn the attack", 1).code()).as("the block's own code stays").isEqualTo("111");
        assertThat(code(verbs, "France deplore the attack", 1).code()).as("a verb added to CONDEMN").isEqualTo("111");
        assertThat(code(verbs, "France blockade Mali", 1, 2).code()).as("a block of its own").isEqualTo("191");
        // within one file a name may recur: the second block is a block of its own (PETRARCH's files have such)
        var twice = CameoVerbs.parse("--- SAY [010] ---\nSAY\n--- SAY [020] ---\nURGE\n");
        assertThat(code(twice, "France urge calm", 1).code()).isEqualTo("020");
        assertThat(code(twice, "France say nothing", 1).code()).isEqualTo("010");
    }

    /**
     * The CALLED_FOR block (020) codes "* + TO &NEGOTIATION" as 036, the intent to negotiate: "We call on Armenia and
     * Azerbaijan to return to negotiations" asks it of them, CAMEO's appeal 026. An intent pattern with a target under
     * a verb of appeal codes the appeal; one with no target, and an intent under a verb that is no appeal, stay.
     */
    @Test
    void shouldCodeAnIntentAskedOfSomeoneByAVerbOfAppealAsTheAppeal() {
        var verbs = CameoVerbs.parse("""
                --- CALLED_FOR [020] ---
                CALL_ON
                - * + TO NEGOTIATIONS [036]
                - * TALKS [036]
                --- WANT [030] ---
                WANT
                - * NEGOTIATIONS WITH + [036]
                """);
        assertThat(code(verbs, "We call on Armenia to negotiations", 1, 3).code()).isEqualTo("026");
        // must not: no one the appeal is made to, and a verb that is no appeal
        assertThat(code(verbs, "We call on talks", 1).code()).isEqualTo("036");
        assertThat(code(verbs, "Russia want negotiations with Ukraine", 1, 4).code()).isEqualTo("036");
    }

    @Test
    void shouldRefuseASetThatContainsItself() {
        assertThatThrownBy(() -> CameoVerbs.parse("&A\n+&B\n&B\n+&A\n--- X [010] ---\nSAY\n"))
                .hasMessageContaining("&A contains itself (&A → &B → &A)");
        assertThatThrownBy(() -> CameoVerbs.parse("SAY\n")).hasMessageContaining("line 1");
    }

    @Test
    void shouldReadTheShippedDictionary() {
        var verbs = CameoVerbs.shared();
        assertThat(verbs.verbCount()).isGreaterThan(1500);
        assertThat(verbs.ruleCount()).isGreaterThan(10_000);
        assertThat(code(verbs, "France condemn the attack", 1).code()).startsWith("11");
        assertThat(code(verbs, "China urge Japan to stop", 1, 2).code()).startsWith("02");
    }

    /**
     * A verb a supplement lists leaves the block it was in: CAMEO's CONDEMN stood among BLAME's verbs, whose indictment
     * pattern "+ * IN $ [173]" coded "France condemned the arrests in Moscow" as an arrest by Moscow (the Côte d'Ivoire
     * dev text's "condemns the continuing violence … in Cote d'Ivoire" as one by Côte d'Ivoire); INDICT stays there.
     */
    @Test
    void shouldGiveCondemnABlockOfItsOwn() {
        var verbs = CameoVerbs.shared();
        assertThat(code(verbs, "France condemn the arrests in Moscow", 1, 0, 5).code()).isEqualTo("111");
        // must not: the verbs left in BLAME keep its patterns
        assertThat(code(verbs, "Journalists indict in Moscow", 1, 0, 3).code()).isEqualTo("173");
    }

    /**
     * CAMEO's FINISH block gathers FINALIZE and CONCLUDE with SUSPEND, TERMINATE and QUIT, and "* &TREATY [057]",
     * written for FINALIZE, served them all: a treaty suspended was a treaty signed. The supplement gives the verbs that
     * halt a block of their own.
     */
    @Test
    void shouldNotReadTheHaltingOfATreatyAsItsSigning() {
        var verbs = CameoVerbs.shared();
        assertThat(code(verbs, "Russia suspend its participation in the treaty", 1, 0).code()).isEqualTo("160");
        assertThat(code(verbs, "Washington terminate the agreement with Tehran", 1, 0, 5).code()).isEqualTo("160");
        assertThat(code(verbs, "Moscow halt military cooperation with Kyiv", 1, 0, 5).code()).as("FINISH's pattern for HALT goes with it")
                .isEqualTo("1622");
        // must not: the verbs that complete keep FINISH's treaty patterns
        assertThat(code(verbs, "Japan finalize the treaty", 1, 0).code()).isEqualTo("057");
        assertThat(code(verbs, "Japan conclude an agreement with Korea", 1, 0, 5).code()).isEqualTo("057");
    }
    /**
     * CAMEO's ACCLAIM block ends with RECOGNISE's bare "$_*_+ [054]", which made every verb of praise with a named
     * object a diplomatic recognition. The supplement takes the pattern out of ACCLAIM and gives it, with RECOGNISE's
     * other patterns, to RECOGNISE and RECOGNIZE alone.
     */
    @Test
    void shouldKeepRecognitionToTheVerbThatGrantsIt() {
        var verbs = CameoVerbs.shared();
        assertThat(code(verbs, "France praise Germany", 1, 0, 2).code()).isEqualTo("051");
        assertThat(code(verbs, "Washington congratulate Kazakhstan", 1, 0, 2).code()).isEqualTo("051");
        assertThat(code(verbs, "Washington welcome Sweden 's accession", 1, 0, 2).code()).isEqualTo("051");
        // must not: recognising a state stays its recognition
        assertThat(code(verbs, "France recognize Kosovo", 1, 0, 2).code()).isEqualTo("054");
        assertThat(code(verbs, "France recognise Kosovo", 1, 0, 2).code()).isEqualTo("054");
    }

    /** To stress the need for someone to act is to appeal to him (020), not CAMEO's demand (100, a verbal conflict). */
    @Test
    void shouldReadTheNeedStressedAsAnAppeal() {
        var verbs = CameoVerbs.shared();
        assertThat(code(verbs, "She underscore the need for the military to transfer power", 1, 5).code()).isEqualTo("020");
        assertThat(code(verbs, "Washington stress the need for Russia to withdraw", 1, 0, 5).code()).isEqualTo("020");
        // must not: the block's other patterns and its own code stay
        assertThat(code(verbs, "Washington stress the need for Iran to implement", 1, 0, 5).code()).isEqualTo("025");
        assertThat(code(verbs, "Washington underscore the importance of elections", 1, 0).code()).isEqualTo("010");
    }

    @Test
    void shouldTakeOutASupplementsListedPatternAndRefuseOneTheBlockLacks() {
        var verbs = CameoVerbs.parse(DICTIONARY, """
                --- ATTACK [---] ---
                ~ * AIRSTRIKE IN + [195]
                """);
        assertThat(code(verbs, "Russia attack airstrike in Syria", 1, 0, 4).code()).as("the block's own code, the pattern gone").isEqualTo("190");
        assertThatThrownBy(() -> CameoVerbs.parse(DICTIONARY, """
                --- ATTACK [---] ---
                ~ * BOMBING IN + [195]
                """)).hasMessageContaining("line 2").hasMessageContaining("no pattern '* BOMBING IN + [195]'");
    }
}
