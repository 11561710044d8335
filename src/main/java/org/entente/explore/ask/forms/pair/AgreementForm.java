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

/** "Where do X and Y agree?": their agreements by issue, counting those who act for each (a leader for the state). */
@Component
@Order(91)
class AgreementForm extends Form {

    private final Answers answers;
    private final References references;

    AgreementForm(Answers answers, References references) {
        super("AGREEMENT", "two names and agree (where, what, on which issues, whether)", "Where do the US and Russia agree?", Slot.NAMES);
        this.answers = answers;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.AGREE) && q.namesTwo() && q.topic() == null;
    }

    @Override
    public Answer answer(Question q) {
        var two = references.two(q);
        return answers.between(q.text(), name(), two.get(0), two.get(1));
    }
}
