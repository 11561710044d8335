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

/** "Which treaties is X party to?": the treaties it is a party to (PARTY_TO), not those only talked about. */
@Component
@Order(41)
class PartyToForm extends Form {

    private final Answers answers;
    private final References references;

    PartyToForm(Answers answers, References references) {
        super("PARTY_TO", "which or what treaties and one name with party to, signed, joined, ratified", "Which treaties is the US party to?", Slot.NAMES);
        this.answers = answers;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.PARTY_TO) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        return answers.treaties(q.text(), name(), references.one(q.names().get(0)));
    }
}
