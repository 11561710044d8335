package org.entente.explore.ask.forms.pair;

import static org.entente.explore.ask.parts.AnswerParts.evidence;
import static org.entente.explore.ask.parts.AnswerParts.named;
import static org.entente.explore.ask.parts.AnswerParts.topics;

import java.util.List;
import java.util.stream.Collectors;

import org.entente.explore.Wording;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.AnswerParts;
import org.entente.explore.ask.parts.References;
import org.entente.explore.query.RelationsRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "What's the relationship between X and Y?": an overview of a pair: claims by kind, meetings, the balance per issue. */
@Component
@Order(30)
class RelationshipForm extends Form {

    private final RelationsRepository relations;
    private final References references;

    RelationshipForm(RelationsRepository relations, References references) {
        super("RELATIONSHIP", "the relationship or relations between two names", "What's the relationship between Obama and Medvedev?",
                Slot.NAMES);
        this.relations = relations;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.RELATIONSHIP) && q.namesTwo();
    }

    @Override
    public Answer answer(Question q) {
        var two = references.two(q);
        var a = two.get(0);
        var b = two.get(1);
        var all = relations.between(a, b, 500);
        var claims = all.claims();
        var pair = Wording.capitalise(Wording.the(a)) + " and " + Wording.the(b);
        String text;
        if (claims.isEmpty()) {
            text = "The graph records no claim between " + Wording.the(a) + " and " + Wording.the(b)
                    + "; ask how they are connected for the paths between them.";
        } else {
            var meetings = PairTopicForm.meetings(all.other());
            var conflicts = PairTopicForm.conflicts(all.other());
            var issues = all.ledger().stream().filter(l -> l.issueId() != null && !"none".equals(l.balance())).limit(6)
                    .map(l -> l.issue() + " (" + l.balance() + ", " + l.agreements() + " to " + l.disagreements() + ")")
                    .collect(Collectors.joining(", "));
            text = pair + ": " + Wording.count(claims.size(), "claim") + " between them, "
                    + Wording.count(all.agreements().size(), "agreement") + ", " + Wording.count(all.disagreements().size(), "disagreement")
                    + (conflicts.isEmpty() ? "" : ", " + Wording.count(conflicts.size(), "conflict"))
                    + ", " + Wording.count(all.other().size() - conflicts.size(), "other claim")
                    + (meetings.isEmpty() ? "" : " (meetings: " + topics(meetings, 3) + ")") + "."
                    + (issues.isEmpty() ? "" : " By issue (agreements to disagreements): " + issues + ".")
                    + " Each side counts those who act for it (" + (all.other().stream().anyMatch(c -> c.via() != null)
                    || all.agreements().stream().anyMatch(c -> c.via() != null) ? "a leader for the state it leads, while it did"
                    : "none here") + ").";
        }
        var reading = "What is the relationship between " + named(a) + " and " + named(b) + "?";
        return AnswerParts.answer(q.text(), name(), reading, List.of(a, b), null, Asker.see("/api/relations", "a", a.id(), "b", b.id()),
                text, evidence(claims));
    }
}
