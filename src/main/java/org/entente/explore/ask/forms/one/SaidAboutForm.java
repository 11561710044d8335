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

/** "Who said what about X?": the claims about a subject, by speaker (the publisher for the source's own lines). */
@Component
@Order(81)
class SaidAboutForm extends Form {

    private final Answers answers;
    private final Topics topics;

    SaidAboutForm(Answers answers, Topics topics) {
        super("SAID_ABOUT", "say, said, claimed, stated and a topic, no speaker", "Who said what about Iran?", Slot.TOPIC);
        this.answers = answers;
        this.topics = topics;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.SAY) && q.names().isEmpty() && q.topic() != null;
    }

    @Override
    public Answer answer(Question q) {
        return answers.about(q.text(), name(), topics.read(q.topic()).subject());
    }
}
