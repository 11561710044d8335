package org.entente.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.extract.eval.MentionMatching.Span;
import org.junit.jupiter.api.Test;

class MentionMatchingTests {

    @Test
    void shouldMatchSpansThatOverlapWithoutCoveringTheSameWords() {
        // "Defense Secretary Ash Carter" marked from "Ash" by the gold data
        var predicted = List.of(new Span(0, 28, "Person"));
        var gold = List.of(new Span(18, 28, "Person"));

        assertThat(MentionMatching.match(predicted, gold)).containsExactly(0);
    }

    @Test
    void shouldNotMatchSpansThatOnlyTouch() {
        var predicted = List.of(new Span(0, 10, "Person"));
        var gold = List.of(new Span(10, 20, "Person"));

        assertThat(MentionMatching.match(predicted, gold)).containsExactly(-1);
    }

    @Test
    void shouldNotMatchIncompatibleTypes() {
        var predicted = List.of(new Span(0, 10, "Person"), new Span(20, 30, "Place"), new Span(40, 50, "Organization"));
        var gold = List.of(new Span(0, 10, "Organisation"), new Span(20, 30, "Nationality"), new Span(40, 50, "Location"));

        assertThat(MentionMatching.match(predicted, gold)).containsExactly(-1, -1, -1);
        var score = MentionMatching.score(predicted, gold).get("all");
        assertThat(score).isEqualTo(new Score(0, 3, 3));
    }

    @Test
    void shouldMatchAGoldLocationWithAPredictedCountry() {
        var predicted = List.of(new Span(39, 44, "Country"));
        var gold = List.of(new Span(39, 44, "Location"));

        var score = MentionMatching.score(predicted, gold);

        assertThat(score.get("Location")).isEqualTo(new Score(1, 0, 0));
        assertThat(score.get("all")).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void shouldLetACountryStandForAnOrganisationOrANationalityAndCountAMissAgainstLocation() {
        var predicted = List.of(new Span(0, 5, "Country"), new Span(10, 16, "Country"), new Span(30, 35, "Country"));
        var gold = List.of(new Span(0, 5, "Organisation"), new Span(10, 16, "Nationality"));

        var score = MentionMatching.score(predicted, gold);

        assertThat(score.get("Organisation")).isEqualTo(new Score(1, 0, 0));
        assertThat(score.get("Nationality")).isEqualTo(new Score(1, 0, 0));
        assertThat(score.get("Location")).isEqualTo(new Score(0, 1, 0));
        assertThat(score.get("all")).isEqualTo(new Score(2, 1, 0));
    }

    @Test
    void shouldUseAPredictionThatOverlapsTwoGoldMentionsOnceForTheLargerOverlap() {
        // "Obama and Medvedev" as one prediction; the gold data marks both names
        var predicted = List.of(new Span(0, 18, "Person"));
        var gold = List.of(new Span(0, 5, "Person"), new Span(10, 18, "Person"));

        assertThat(MentionMatching.match(predicted, gold)).containsExactly(-1, 0);
        assertThat(MentionMatching.score(predicted, gold).get("all")).isEqualTo(new Score(1, 0, 1));
    }

    @Test
    void shouldUseAGoldMentionOnceWhenTwoPredictionsOverlapIt() {
        // "Iraqi Security Forces" in gold, predicted as the country and the organization
        var predicted = List.of(new Span(0, 5, "Country"), new Span(0, 21, "Organization"));
        var gold = List.of(new Span(0, 21, "Organisation"));

        assertThat(MentionMatching.match(predicted, gold)).containsExactly(1);
        var score = MentionMatching.score(predicted, gold);
        assertThat(score.get("all")).isEqualTo(new Score(1, 1, 0));
        assertThat(score.get("Location")).isEqualTo(new Score(0, 1, 0));
    }

    @Test
    void shouldLeaveOutPredictionsOfKindsReThreeDDoesNotMark() {
        var predicted = List.of(new Span(0, 9, "Treaty"), new Span(20, 25, "DATE"), new Span(30, 35, "PERSON"));
        var gold = List.of(new Span(30, 35, "Person"));

        assertThat(MentionMatching.score(predicted, gold).get("all")).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void shouldReadCoreNlpTagsThroughTheSameTable() {
        var predicted = List.of(new Span(0, 5, "COUNTRY"), new Span(10, 16, "CITY"), new Span(20, 26, "NATIONALITY"));
        var gold = List.of(new Span(0, 5, "Organisation"), new Span(10, 16, "Location"), new Span(20, 26, "Nationality"));

        assertThat(MentionMatching.match(predicted, gold)).containsExactly(0, 1, 2);
    }
}
