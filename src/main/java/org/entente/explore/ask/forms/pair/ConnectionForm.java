package org.entente.explore.ask.forms.pair;

import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.Answers;
import org.entente.explore.ask.parts.References;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "How is X connected to Y?": the shortest paths between two entities through relationships and claims, one sentence each. */
@Component
@Order(20)
class ConnectionForm extends Form {

    private final Answers answers;
    private final References references;

    ConnectionForm(Answers answers, References references) {
        super("CONNECTION", "two names and connected, linked, related, tied, connects, links", "How is Volk connected to Obama?", Slot.NAMES);
        this.answers = answers;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.CONNECTED) && q.namesTwo();
    }

    @Override
    public Answer answer(Question q) {
        var two = references.two(q);
        return answers.between(q.text(), name(), two.get(0), two.get(1));
    }
}
