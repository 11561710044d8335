package org.entente.explore.ask.parts;


import java.util.List;
import java.util.stream.Collectors;

import org.entente.explore.ClaimView;
import org.entente.explore.DateRange;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer.Interpretation;
import org.entente.explore.ask.Answer;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.query.StancesRepository;

/** The pieces every answer is made of: evidence from claims, topics in words, names with their ids, periods. */
public final class AnswerParts {

    /** At most this many pieces of evidence per answer; {@code see} points to the endpoint that lists all. */
    public static final int EVIDENCE = 25;

    private AnswerParts() {
    }

    public static String topics(List<ClaimView> claims, int n) {
        return claims.stream().limit(n).map(c -> "“" + c.what() + "” (" + c.date() + ")").collect(Collectors.joining(", "));
    }

    public static List<Evidence> evidence(List<ClaimView> claims) {
        return claims.stream().limit(EVIDENCE).map(c -> new Evidence(c.id(), c.kind().name(), c.date(), c.quote(),
                c.source() == null ? List.of() : List.of(c.source()))).toList();
    }

    public static Answer answer(String question, String form, String reading, List<EntitySummary> entities,
                                StancesRepository.Subject subject, String see, String text, List<Evidence> evidence) {
        return new Answer(question, new Interpretation(form, reading, entities, subject, null, null, see), text, evidence);
    }

    /** "the United States (country:usa)": the entity as the answer reads it, with the id to ask for it by. */
    public static String named(EntitySummary e) {
        return Wording.the(e) + " (" + e.id() + ")";
    }

    public static String period(DateRange range) {
        var first = range.first();
        var last = range.last();
        if (first != null && last != null && first.substring(0, 4).equals(last.substring(0, 4))
                && first.endsWith("-01-01") && last.endsWith("-12-31")) {
            return "in " + first.substring(0, 4);
        }
        return (first == null ? "" : "from " + first) + (first != null && last != null ? " " : "") + (last == null ? "" : "to " + last);
    }
}
