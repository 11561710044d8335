package org.entente.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.extract.eval.PetrarchRecords.Event;
import org.entente.extract.eval.PetrarchScore.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arithmetic of the PETRARCH validation scores on predictions made by hand, the record reader and the keyword coder. */
class PetrarchScoreTests {

    private static Event event(String source, String target, String code) {
        return new Event(source, target, code);
    }

    /** Six sentences: a hit, a near miss on a sentence of two events, a miss, a false event, nothing, a test code. */
    private static final List<List<Event>> GOLD = List.of(
            List.of(event("ARN", "GON", "064")),
            List.of(event("GONGOV", "OSG", "111"), event("OSG", "GON", "190")),
            List.of(event("ERI", "OSG", "193")),
            List.<Event>of(),
            List.<Event>of(),
            List.of(event("ARN", "GON", "903")));
    private static final List<List<Event>> PREDICTED = List.of(
            List.of(event("ARN", "GON", "064")),
            List.of(event("GON", "OSG", "112")),
            List.<Event>of(),
            List.of(event("CAL", "BRE", "046")),
            List.<Event>of(),
            List.<Event>of());

    @Test
    void shouldScoreEachSentenceByThePredictionClosestToAGoldEvent() {
        var score = PetrarchScore.of(GOLD, PREDICTED);

        assertThat(score.sentences()).isEqualTo(6);
        assertThat(score.withEvents()).isEqualTo(4);
        assertThat(score.found()).isEqualTo(2);
        assertThat(score.root()).isEqualTo(2);
        assertThat(score.code()).isEqualTo(1);
        assertThat(score.source3()).as("GON of GONGOV").isEqualTo(2);
        assertThat(score.source()).isEqualTo(1);
        assertThat(score.target3()).isEqualTo(2);
        assertThat(score.target()).isEqualTo(2);
    }

    @Test
    void shouldScoreQuadClassesOverAllSentences() {
        var quads = PetrarchScore.of(GOLD, PREDICTED).quads();

        assertThat(quads.get(Quad.MATERIAL_COOPERATION)).isEqualTo(new Score(1, 0, 0));
        assertThat(quads.get(Quad.VERBAL_CONFLICT)).as("111 gold, 112 predicted").isEqualTo(new Score(1, 0, 0));
        assertThat(quads.get(Quad.MATERIAL_CONFLICT)).isEqualTo(new Score(0, 0, 1));
        assertThat(quads.get(Quad.VERBAL_COOPERATION)).isEqualTo(new Score(0, 1, 0));
        assertThat(quads.get(Quad.NONE)).as("903 is no CAMEO code").isEqualTo(new Score(2, 1, 1));
        assertThat(PetrarchScore.of(GOLD, PREDICTED).macroF1()).isCloseTo((2.0 / 3 + 0 + 1 + 1 + 0) / 5, within(1e-9));
    }

    @Test
    void shouldTakeTheBestOfSeveralPredictions() {
        var gold = List.of(List.of(event("ARN", "GON", "064")));
        var predicted = List.of(List.of(event("GON", "ARN", "190"), event("ARN", "GON", "060")));

        var score = PetrarchScore.of(gold, predicted);

        assertThat(score.root()).isEqualTo(1);
        assertThat(score.code()).isZero();
        assertThat(score.source()).isEqualTo(1);
        assertThat(score.quads().get(Quad.MATERIAL_COOPERATION)).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void shouldClassCameoRootsByQuad() {
        assertThat(Quad.of("042")).isEqualTo(Quad.VERBAL_COOPERATION);
        assertThat(Quad.of("081")).isEqualTo(Quad.MATERIAL_COOPERATION);
        assertThat(Quad.of("1010")).isEqualTo(Quad.VERBAL_CONFLICT);
        assertThat(Quad.of("1717")).isEqualTo(Quad.MATERIAL_CONFLICT);
        assertThat(Quad.of("903")).isEqualTo(Quad.NONE);
        assertThat(Quad.of(null)).isEqualTo(Quad.NONE);
    }

    @Test
    void shouldReadTheRecordsBetweenConfigRecords(@TempDir Path folder) throws Exception {
        var file = Files.writeString(folder.resolve("records.xml"), """
                <Validation><Sentences>
                <!-- a comment -->
                <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <Text>
                Arnor is about to restore full diplomatic ties with Gondor almost
                five years after crowds trashed its embassy.
                </Text>
                <Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
                </Sentence>
                <Config option="require_dyad" value="false"></Config>
                <Sentence date="20121109" id="DATE-04" category="DATE">
                <EventCoding sentenceid="DATE-04" noevents="True"></EventCoding>
                <Text>Hamfast Gamgee has criticized the closure.</Text>
                </Sentence>
                </Sentences></Validation>
                """);

        var sentences = PetrarchRecords.read(file);

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).text()).isEqualTo("Arnor is about to restore full diplomatic ties with Gondor almost five years after "
                + "crowds trashed its embassy.");
        assertThat(sentences.get(0).date()).isEqualTo("1995-01-01");
        assertThat(sentences.get(0).events()).containsExactly(event("ARN", "GON", "064"));
        assertThat(sentences.get(1).events()).isEmpty();
        assertThat(sentences.get(1).category()).isEqualTo("DATE");
    }

    @Test
    void shouldCodeBaselineEventsByTheFirstKeyword() {
        assertThat(KeywordCoder.code("Arnor condemned the attack by Gondor.", List.of("ARN", "GON")))
                .containsExactly(event("ARN", "GON", "111"));
        assertThat(KeywordCoder.code("Gondor met Arnor.", List.of("GON"))).containsExactly(event("GON", null, "040"));
        assertThat(KeywordCoder.code("Gondor is large.", List.of("GON"))).isEmpty();
    }
}
