package org.entente.explore.ask.forms.treaty;

import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.Answers;
import org.entente.explore.ask.parts.References;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Which treaties involve X?": treaties it (or those it counts with) is party to, agreed on or negotiated. */
@Component
@Order(40)
class TreatiesForm extends Form {

    private final Answers answers;
    private final References references;

    TreatiesForm(Answers answers, References references) {
        super("TREATIES", "which or what treaties and one name (involve, concern, cover)", "Which treaties involve Russia?", Slot.NAMES);
        this.answers = answers;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.TREATIES) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        return answers.treaties(q.text(), name(), references.one(q.names().get(0)));
    }
}
