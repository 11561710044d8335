package org.entente.explore.ask.forms.pair;

import static org.entente.explore.ask.parts.AnswerParts.evidence;
import static org.entente.explore.ask.parts.AnswerParts.named;
import static org.entente.explore.ask.parts.AnswerParts.topics;

import java.util.ArrayList;
import java.util.List;

import org.entente.explore.ClaimView;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.AnswerParts;
import org.entente.explore.ask.parts.References;
import org.entente.explore.query.EntityRepository;
import org.entente.explore.query.RelationsRepository;
import org.entente.facts.ClaimKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "What does the Kremlin think of the White House?": one side's view of the other, from the claims between them: first
 * those it is itself a party to or the speaker of, then those of the states and people it counts with, summed up.
 */
@Component
@Order(70)
class ViewForm extends Form {

    private final RelationsRepository relations;
    private final EntityRepository entities;
    private final References references;

    ViewForm(RelationsRepository relations, EntityRepository entities, References references) {
        super("VIEW", "think of, feel about, view of, opinion of, and two names: whose view, of whom",
                "What does the Kremlin think of the White House?", Slot.NAMES);
        this.relations = relations;
        this.entities = entities;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.THINK_OF) && q.namesTwo();
    }

    @Override
    public Answer answer(Question q) {
        var two = references.two(q);
        var a = two.get(0);
        var b = two.get(1);
        var all = relations.between(a, b, 500);
        var claims = all.claims();
        // what it said or did about the other, which it is no party of: Volk's statement about Obama
        entities.claims(a, 1000).stream().filter(c -> claims.stream().noneMatch(x -> x.id().equals(c.id())) && c.roles() != null
                && (c.roles().contains("party") || c.roles().contains("speaker"))
                && c.about().stream().anyMatch(t -> b.id().equals(t.id()))).forEach(claims::add);
        var own = claims.stream().filter(c -> a.id().equals(c.attributedTo() == null ? null : c.attributedTo().id())
                || c.hasParty(a.id())).toList();
        var through = claims.stream().filter(c -> !own.contains(c)).toList();
        var viewer = Wording.the(a);
        var text = new StringBuilder();
        if (own.isEmpty()) {
            text.append("The graph records no claim in which ").append(viewer).append(" itself takes a stand on ")
                    .append(Wording.the(b)).append('.');
        } else {
            text.append(Wording.capitalise(viewer)).append(" on ").append(Wording.the(b)).append(", in its own name: ")
                    .append(stances(own)).append(": ").append(topics(own, 3)).append('.');
        }
        if (!through.isEmpty()) {
            text.append(" Through those it counts with (").append(viewer).append(" for its state, ").append(Wording.the(b))
                    .append(" for its): ").append(stances(through)).append(", for example ").append(topics(through, 2)).append('.');
        }
        var shown = new ArrayList<>(own);
        shown.addAll(through);
        var reading = "What does " + named(a) + " think of " + named(b) + "? (the claims between them, its own first)";
        return AnswerParts.answer(q.text(), name(), reading, List.of(a, b), null, Asker.see("/api/relations", "a", a.id(), "b", b.id()),
                text.toString(), evidence(shown));
    }

    private static String stances(List<ClaimView> claims) {
        long disagree = claims.stream().filter(c -> ClaimKind.OPPOSING.contains(c.kind())).count();
        long agree = claims.stream().filter(c -> ClaimKind.AGREEING.contains(c.kind())).count();
        return Wording.count((int) disagree, "disagreement or conflict", "disagreements or conflicts") + ", "
                + Wording.count((int) agree, "agreement or cooperation", "agreements or cooperation") + ", "
                + Wording.count(claims.size() - (int) disagree - (int) agree, "other claim");
    }
}
