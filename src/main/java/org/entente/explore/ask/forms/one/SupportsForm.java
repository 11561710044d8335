package org.entente.explore.ask.forms.one;

import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.Answers;
import org.entente.explore.ask.parts.Topics;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Who supports X?": who was on its side in agreements and cooperation, or, for a subject that is no party, who the sentences say is for it. */
@Component
@Order(101)
class SupportsForm extends Form {

    private final Answers answers;
    private final Topics topics;

    SupportsForm(Answers answers, Topics topics) {
        super("SUPPORTS", "who supports, backs, favours, sides with, cooperates with, agrees with, and one subject", "Who supports a new START treaty?", Slot.NAMES);
        this.answers = answers;
        this.topics = topics;
    }

    @Override
    public boolean fits(Question q) {
        return (q.is(Relation.SUPPORT) || (q.is(Relation.AGREE) && q.asks() == Question.Asks.WHO)) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        return answers.about(q.text(), name(), topics.read(q.names().get(0)).subject());
    }
}
