package org.entente.explore.ask.forms.pair;

import org.entente.explore.ClaimView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.explore.DateRange;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer.Interpretation;
import org.entente.explore.ask.Asker;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.parts.AnswerParts;
import org.entente.explore.ask.parts.References;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.query.TimelineRepository;
import org.entente.facts.ClaimKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "What happened between X and Y in 2009?", "What happened in London?": the timeline of one or two in a period, by
 * date, the first ten dates in words (meetings first where a date holds several items).
 */
@Component
@Order(110)
class HappenedForm extends Form {

    private final TimelineRepository timeline;
    private final References references;

    HappenedForm(TimelineRepository timeline, References references) {
        super("HAPPENED", "happened, went on, took place, timeline and one name (a place: 'in London') or two; a period "
                + "('in 2009', 'in April 2009', 'since 2009', 'from 2009-01 to 2009-06')",
                "What happened between Obama and Medvedev in 2009?", Slot.NAMES, Slot.TIME);
        this.timeline = timeline;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.HAPPENED) && !q.names().isEmpty() && q.names().size() <= 2;
    }

    @Override
    public Answer answer(Question q) {
        var range = DateRange.of(q.from(), q.to());
        if (q.namesTwo()) {
            try {
                var two = references.two(q);
                return happened(q.text(), two.get(0), two.get(1), range);
            } catch (RuntimeException e) {
                if (q.names().size() == 2) {
                    throw e;
                }
                // "Bosnia and Herzegovina": one name with an "and" in it
            }
        }
        return happened(q.text(), references.one(q.names().get(0)), null, range);
    }

    private Answer happened(String question, EntitySummary a, EntitySummary b, DateRange range) {
        var t = timeline.timeline(a, b, range, ClaimView.LIST);
        var period = range.first() == null && range.last() == null ? "" : " " + AnswerParts.period(range);
        var reading = b == null ? "What happened to " + AnswerParts.named(a) + period + "?"
                : "What happened between " + AnswerParts.named(a) + " and " + AnswerParts.named(b) + period + "?";
        var see = Asker.see("/api/timeline", "entity", a.id(), "with", b == null ? null : b.id(), "from", range.first(), "to",
                range.last());
        String text;
        if (t.items().isEmpty()) {
            text = "The graph records nothing dated" + (b == null ? " for " + Wording.the(a)
                    : " between " + Wording.the(a) + " and " + Wording.the(b)) + period + ".";
        } else {
            var byDate = new LinkedHashMap<String, List<TimelineRepository.Item>>();
            t.items().forEach(i -> byDate.computeIfAbsent(i.date(), d -> new ArrayList<>()).add(i));
            var lines = byDate.entrySet().stream().limit(10).map(e -> e.getKey() + ": " + (e.getValue().size() == 1
                    ? e.getValue().get(0).what() : e.getValue().size() + " items, among them " + e.getValue().stream()
                    .sorted(Comparator.comparing(i -> i.claim() != null && i.claim().kind() != ClaimKind.MEETING))
                    .limit(2).map(TimelineRepository.Item::what).collect(Collectors.joining("; ")))).toList();
            text = Wording.count(t.total(), "dated item") + period + ", oldest first. " + String.join(" — ", lines)
                    + (byDate.size() > lines.size() ? " — and " + (byDate.size() - lines.size()) + " more dates." : ".");
        }
        var evidence = t.items().stream().filter(i -> i.quote() != null)
                .map(i -> new Evidence(i.claim() == null ? null : i.claim().id(), i.claim() == null ? i.kind() : i.claim().kind().name(),
                        i.date(), i.quote(), i.sources())).limit(AnswerParts.EVIDENCE).toList();
        return new Answer(question, new Interpretation(name(), reading, b == null ? List.of(a) : List.of(a, b), null, range.first(),
                range.last(), see), text, evidence);
    }
}
