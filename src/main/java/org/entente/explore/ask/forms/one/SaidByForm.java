package org.entente.explore.ask.forms.one;

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
import org.entente.explore.query.EntityRepository;
import org.entente.explore.query.Subjects;
import org.entente.facts.ClaimKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "What did X say [about Y]?": a person's words are only the claims attributed to them (never the reporter's lines
 * about them); a state or an organization also speaks through its statements. A topic filters the claims; when
 * none is on it, the answer says so and shows what the sources say on the topic in no one's name.
 */
@Component
@Order(80)
class SaidByForm extends Form {

    private final EntityRepository entities;
    private final References references;
    private final Topics topics;

    SaidByForm(EntityRepository entities, References references, Topics topics) {
        super("SAID_BY", "say, said, claimed, stated and a speaker; a topic ('about Afghanistan')",
                "What did Obama say about Afghanistan?", Slot.NAMES, Slot.TOPIC);
        this.entities = entities;
        this.references = references;
        this.topics = topics;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.SAY) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        var speaker = references.one(q.names().get(0));
        var person = "Person".equals(speaker.kind());
        var all = entities.claims(speaker, 1000);
        var words = all.stream().filter(c -> c.roles() != null && (c.roles().contains("speaker")
                || (!person && c.roles().contains("party") && c.kind() == ClaimKind.STATEMENT))).toList();
        // the source's own lines about a person: not the person's words
        var reported = all.stream().filter(c -> person && c.attributedTo() == null && c.roles() != null
                && c.roles().contains("party") && c.kind() == ClaimKind.STATEMENT).toList();
        var topic = q.topic() == null ? null : topics.read(q.topic());
        var on = topic == null ? words : words.stream().filter(topic::matches).toList();
        var the = Wording.capitalise(Wording.the(speaker));
        var text = new StringBuilder();
        if (topic == null) {
            text.append(words.isEmpty() ? "The graph quotes " + Wording.the(speaker) + " in no claim."
                    : the + ", " + Wording.count(words.size(), "claim") + ": " + quotes(words) + ".");
        } else if (on.isEmpty()) {
            text.append("The graph quotes ").append(Wording.the(speaker)).append(" on ").append(topic.label()).append(" in no claim")
                    .append(words.isEmpty() ? "." : "; " + (person ? "they are" : "it is") + " quoted in "
                            + Wording.count(words.size(), "claim") + " on other subjects (" + topics(words, 3) + ").");
        } else {
            text.append(the).append(" on ").append(topic.label()).append(", ").append(Wording.count(on.size(), "claim"))
                    .append(": ").append(quotes(on)).append('.');
        }
        if (!reported.isEmpty()) {
            text.append(" Not counted as ").append(Wording.the(speaker)).append("'s words: ")
                    .append(Wording.count(reported.size(), "line")).append(" of the source about ")
                    .append(person ? "them" : "it").append(" (").append(topics(reported, 2)).append(").");
        }
        var shown = new ArrayList<ClaimView>(on);
        if (topic != null && on.isEmpty() && topic.subject() instanceof Subjects.OfEntity e) {
            // what the sources say on the topic in no one's name, so the question still meets its evidence
            var unattributed = entities.claims(e.entity(), ClaimView.LIST).stream().filter(c -> c.attributedTo() == null).toList();
            shown.addAll(unattributed);
            if (!unattributed.isEmpty()) {
                text.append(" On ").append(topic.label()).append(" the sources say, in no one's name: ")
                        .append(topics(unattributed, 3)).append('.');
            }
        }
        var reading = "What did " + named(speaker) + " say" + (topic == null ? "" : " about " + topic.label()) + "? (claims attributed to "
                + (person ? "them" : "it or its statements") + ")";
        return AnswerParts.answer(q.text(), name(), reading, List.of(speaker), null, Asker.see("/api/entities/" + speaker.id()),
                text.toString(), evidence(shown));
    }

    private static String quotes(List<ClaimView> claims) {
        var seen = new java.util.HashSet<String>();
        var distinct = claims.stream().filter(c -> seen.add(String.valueOf(c.quote()))).toList();
        var lines = distinct.stream().limit(6).map(c -> "“" + c.quote() + "” (" + (c.date() == null ? "undated" : c.date())
                + ", on " + c.what() + ")").toList();
        return String.join(" — ", lines) + (distinct.size() > lines.size() ? " — and " + (distinct.size() - lines.size()) + " more" : "");
    }

}
