package org.entente.explore.ask.forms.pair;

import org.entente.explore.DateRange;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.Answers;
import org.entente.explore.ask.parts.References;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "What happened between X and Y in 2009?", "What happened in London?": the timeline of one or two, in a period. */
@Component
@Order(110)
class HappenedForm extends Form {

    private final Answers answers;
    private final References references;

    HappenedForm(Answers answers, References references) {
        super("HAPPENED", "happened, went on, took place, timeline and one name (a place: 'in London') or two; a period "
                + "('in 2009', 'in April 2009', 'since 2009', 'from 2009-01 to 2009-06')",
                "What happened between Obama and Medvedev in 2009?", Slot.NAMES, Slot.TIME);
        this.answers = answers;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.HAPPENED) && !q.names().isEmpty() && q.names().size() <= 2;
    }

    @Override
    public Answer answer(Question q) {
        var range = DateRange.of(q.from(), q.to());
        if (q.namesTwo()) {
            try {
                var two = references.two(q);
                return answers.happened(q.text(), two.get(0), two.get(1), range);
            } catch (RuntimeException e) {
                if (q.names().size() == 2) {
                    throw e;
                }
                // "Bosnia and Herzegovina": one name with an "and" in it
            }
        }
        return answers.happened(q.text(), references.one(q.names().get(0)), null, range);
    }
}
