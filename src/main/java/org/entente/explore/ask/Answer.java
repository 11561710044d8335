package org.entente.explore.ask;

import java.util.ArrayList;
import java.util.List;

import org.entente.explore.SourceRef;
import org.entente.explore.query.StancesRepository.Subject;
import org.entente.explore.resolve.EntitySummary;


/**
 * An answer: the question, how it was read ({@code interpretation}), the answer in words, and the evidence behind it.
 * {@code kind} is {@code answer}, or {@code closest evidence} when no form fits and the sentences nearest the question's
 * words are shown instead of an answer.
 */
public record Answer(String question, String kind, Interpretation interpretation, String answer, List<Evidence> evidence) {

    public static final String ANSWER = "answer";
    public static final String CLOSEST = "closest evidence";

    public Answer(String question, Interpretation interpretation, String answer, List<Evidence> evidence) {
        this(question, ANSWER, interpretation, answer, evidence);
    }

    /**
     * How the question was read: its form, in words with the entities' ids, the period, the endpoint that gives the
     * full data, and the parts of the question that were read but not used, each with why.
     */
    public record Interpretation(String form, String reading, List<EntitySummary> entities, Subject subject,
                                 String from, String to, String see, List<Unused> unused) {

        public Interpretation(String form, String reading, List<EntitySummary> entities, Subject subject,
                              String from, String to, String see) {
            this(form, reading, entities, subject, from, to, see, List.of());
        }
    }

    /** A part of the question that the answer does not use ("in 2009"), and why. */
    public record Unused(String part, String why) {
    }

    public record Evidence(String claim, String kind, String date, String quote, List<SourceRef> sources) {
    }

    /** The same answer, with more parts of the question said to be unused. */
    public Answer noting(List<Unused> more) {
        if (more.isEmpty()) {
            return this;
        }
        var all = new ArrayList<>(interpretation.unused());
        more.stream().filter(u -> all.stream().noneMatch(a -> a.part().equals(u.part()))).forEach(all::add);
        var i = interpretation;
        return new Answer(question, kind, new Interpretation(i.form(), i.reading(), i.entities(), i.subject(), i.from(), i.to(),
                i.see(), List.copyOf(all)), answer, evidence);
    }
}
