package org.entente.explore.ask.forms.one;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.explore.DateRange;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.AnswerParts;
import org.entente.explore.ask.parts.References;
import org.entente.explore.query.EntityProfile.Relationship;
import org.entente.explore.query.EntityRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Who leads Russia?", "Who is the president of the United States?", "Who was the president of the US in 2008?":
 * the LEADS relationships into an entity, by title and period when asked; for a person, what it leads.
 */
@Component
@Order(120)
class LeadershipForm extends Form {

    private final EntityRepository entities;
    private final References references;

    LeadershipForm(EntityRepository entities, References references) {
        super("LEADERSHIP", "leads, leader, heads, runs, or a title of (president of, prime minister of) and one name; a period",
                "Who is the president of the United States?", Slot.NAMES, Slot.TITLE, Slot.TIME);
        this.entities = entities;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.LEAD) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        var entity = references.one(q.names().get(0));
        var rows = entities.profile(entity, 1).relationships().getOrDefault("LEADS", List.of());
        var person = "Person".equals(entity.kind());
        var range = DateRange.of(q.from(), q.to());
        var led = rows.stream().filter(r -> r.out() == person).filter(r -> held(r, range)).toList();
        var titled = q.title() == null ? led : led.stream().filter(r -> r.text("title") != null
                && r.text("title").toLowerCase(Locale.ROOT).contains(q.title())).toList();
        var period = range.equals(DateRange.ALL) ? "" : " " + AnswerParts.period(range);
        var the = Wording.the(entity);
        String text;
        if (titled.isEmpty()) {
            text = "The graph records no one " + (q.title() == null ? "leading " + the : "as " + q.title() + " of " + the) + period + "."
                    + (led.isEmpty() ? "" : " Leading it: " + lines(led, person) + ".");
        } else {
            var when = period.isEmpty() ? "" : Wording.capitalise(period.strip()) + ", ";
            text = person ? when + (when.isEmpty() ? Wording.capitalise(the) : the) + (when.isEmpty() ? " leads " : " led ")
                    + lines(titled, true) + "."
                    : when + (when.isEmpty() ? Wording.capitalise(the) : the) + (!when.isEmpty() ? " was led by "
                    : titled.size() == 1 ? " is led by " : " has been led by ") + lines(titled, false) + ".";
        }
        var shown = titled.isEmpty() ? led : titled;
        var evidence = new ArrayList<Evidence>();
        shown.forEach(r -> evidence.add(new Evidence(null, "LEADS", r.text("since"), r.text("quote"), r.sources())));
        var reading = (person ? "What does " + AnswerParts.named(entity) + " lead" : "Who leads " + AnswerParts.named(entity))
                + (q.title() == null ? "" : " as " + q.title()) + period + "?";
        return AnswerParts.answer(q.text(), name(), reading, List.of(entity), null, Asker.see("/api/entities/" + entity.id()), text,
                evidence);
    }

    private static boolean held(Relationship row, DateRange range) {
        var since = row.text("since");
        var until = row.text("until");
        return (range.last() == null || since == null || DateRange.firstDay(since).compareTo(range.last()) <= 0)
                && (range.first() == null || until == null || DateRange.lastDay(until).compareTo(range.first()) >= 0);
    }

    private static String lines(List<Relationship> rows, boolean person) {
        return String.join("; ", rows.stream().map(r -> Wording.the(r.other())
                + (r.text("title") == null ? "" : " as " + r.text("title"))
                + (r.text("since") == null ? "" : " since " + r.text("since"))
                + (r.text("until") == null ? "" : " until " + r.text("until"))).toList());
    }
}
