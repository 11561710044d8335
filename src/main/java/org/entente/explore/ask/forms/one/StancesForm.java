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

/** "Who agrees and who disagrees about X?": the sides on an entity, an issue or topic words. */
@Component
@Order(10)
class StancesForm extends Form {

    private final Answers answers;
    private final Topics topics;

    StancesForm(Answers answers, Topics topics) {
        super("STANCES", "who agrees and who disagrees, who is for and against, the stances or sides on one subject (an entity, "
                + "an issue, topic words)", "Who agrees and who disagrees about missile defense?", Slot.NAMES, Slot.TOPIC);
        this.answers = answers;
        this.topics = topics;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.STANCES) && q.names().size() + (q.topic() == null ? 0 : 1) == 1;
    }

    @Override
    public Answer answer(Question q) {
        return answers.about(q.text(), name(), topics.read(q.topic() != null ? q.topic() : q.names().get(0)).subject());
    }
}
