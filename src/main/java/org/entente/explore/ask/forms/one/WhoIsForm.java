package org.entente.explore.ask.forms.one;

import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.Answers;
import org.entente.explore.ask.parts.References;
import org.entente.explore.query.Subjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Who is X?", "What is X?", "Tell me about X": the profile in words; an issue by who stands where on it. */
@Component
@Order(140)
class WhoIsForm extends Form {

    private final Answers answers;
    private final Subjects subjects;
    private final References references;

    WhoIsForm(Answers answers, Subjects subjects, References references) {
        super("WHO_IS", "who is, what is, tell me about, describe and one name", "Who is Medvedev?", Slot.NAMES);
        this.answers = answers;
        this.subjects = subjects;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.IDENTITY) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        var name = q.names().get(0);
        var subject = subjects.resolve(name);
        if (subject instanceof Subjects.OfText) {
            // "a new START treaty": a name inside a description; else 404, and the asker looks for the closest evidence
            subject = new Subjects.OfEntity(references.one(name));
        }
        return answers.about(q.text(), name(), subject);
    }
}
