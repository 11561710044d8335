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
import org.entente.explore.ask.parts.Topics;
import org.entente.explore.query.RelationsRepository;
import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "What did the US and Russia agree on about Afghanistan?": what two entities agreed, disagreed or fought over on one
 * topic (an entity, an issue or words), the kind asked for first, the rest on the topic beside it; when nothing between
 * them is on the topic, the answer says so and how much there is on other topics.
 */
@Component
@Order(90)
class PairTopicForm extends Form {

    private final RelationsRepository relations;
    private final References references;
    private final Topics topics;

    PairTopicForm(RelationsRepository relations, References references, Topics topics) {
        super("PAIR_TOPIC", "two names, agree, disagree or conflict, and a topic ('about Afghanistan', 'on Iran')",
                "What did the US and Russia agree on about Afghanistan?", Slot.NAMES, Slot.TOPIC);
        this.relations = relations;
        this.references = references;
        this.topics = topics;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.AGREE, Relation.DISAGREE, Relation.CONFLICT, Relation.MEET) && q.namesTwo() && q.topic() != null;
    }

    @Override
    public Answer answer(Question q) {
        var two = references.two(q);
        var a = two.get(0);
        var b = two.get(1);
        var topic = topics.read(q.topic());
        var all = relations.between(a, b, 500);
        var agree = q.is(Relation.AGREE);
        var asked = agree ? all.agreements() : q.is(Relation.MEET) ? meetings(all.other())
                : q.is(Relation.CONFLICT) ? conflicts(all.other()) : all.disagreements();
        var verb = agree ? "agree" : q.is(Relation.MEET) ? "meet" : q.is(Relation.CONFLICT) ? "are in conflict" : "disagree";
        var on = asked.stream().filter(topic::matches).toList();
        var rest = all.claims().stream().filter(c -> topic.matches(c) && !on.contains(c)).toList();
        var pair = Wording.capitalise(Wording.the(a)) + " and " + Wording.the(b);
        String text;
        if (on.isEmpty()) {
            text = "The graph records no claim that " + Wording.the(a) + " and " + Wording.the(b) + " " + verb + " on "
                    + topic.label() + (asked.isEmpty() ? "." : "; they " + verb + " in " + Wording.count(asked.size(), "claim")
                    + " on other topics (" + topics(asked, 2) + ").");
        } else {
            text = pair + " " + verb + " on " + topic.label() + " in " + Wording.count(on.size(), "claim") + ": " + topics(on, 5) + ".";
        }
        if (!rest.isEmpty()) {
            text += " Other claims between them on it: " + rest.stream().map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + " “" + c.what() + "”")
                    .limit(4).reduce((x, y) -> x + ", " + y).orElse("") + ".";
        }
        var shown = new ArrayList<>(on);
        shown.addAll(rest);
        var reading = "What do " + named(a) + " and " + named(b) + " " + verb + " on, about " + topic.label() + "?";
        return AnswerParts.answer(q.text(), name(), reading, List.of(a, b), null, Asker.see("/api/relations", "a", a.id(), "b", b.id()),
                text, evidence(shown));
    }

    static List<ClaimView> conflicts(List<ClaimView> other) {
        return other.stream().filter(c -> c.kind() == ClaimKind.CONFLICT && c.modality() != Modality.DENIED).toList();
    }

    static List<ClaimView> meetings(List<ClaimView> other) {
        return other.stream().filter(c -> c.kind() == ClaimKind.MEETING).toList();
    }
}
