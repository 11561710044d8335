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

/** "Who opposes X?": who stood on the other side of its disagreements and conflicts, or, for a subject that is no party, who the sentences say is against it. */
@Component
@Order(100)
class OpposesForm extends Form {

    private final Answers answers;
    private final Topics topics;

    OpposesForm(Answers answers, Topics topics) {
        super("OPPOSES", "who opposes, is against, objects to, rejects, disagrees with, fought, and one subject", "Who opposes NATO?", Slot.NAMES);
        this.answers = answers;
        this.topics = topics;
    }

    @Override
    public boolean fits(Question q) {
        return (q.is(Relation.OPPOSE) || (q.is(Relation.DISAGREE, Relation.CONFLICT) && q.asks() == Question.Asks.WHO)) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        return answers.about(q.text(), name(), topics.read(q.names().get(0)).subject());
    }
}
