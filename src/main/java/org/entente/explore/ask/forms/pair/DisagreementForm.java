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

/** "What do X and Y disagree about?": their disagreements by issue, and their conflicts (disagreement in deeds) listed apart. */
@Component
@Order(92)
class DisagreementForm extends Form {

    private final Answers answers;
    private final References references;

    DisagreementForm(Answers answers, References references) {
        super("DISAGREEMENT", "two names and disagree, differ, dispute, fight, war, conflict", "What do Georgia and Russia disagree about?", Slot.NAMES);
        this.answers = answers;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.DISAGREE, Relation.CONFLICT) && q.namesTwo() && q.topic() == null;
    }

    @Override
    public Answer answer(Question q) {
        var two = references.two(q);
        return answers.between(q.text(), name(), two.get(0), two.get(1));
    }
}
