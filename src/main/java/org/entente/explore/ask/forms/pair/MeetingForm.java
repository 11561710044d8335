package org.entente.explore.ask.forms.pair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.entente.explore.Circles;
import org.entente.explore.DateRange;
import org.entente.explore.EntityRef;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Asks;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.AnswerParts;
import org.entente.explore.ask.parts.References;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.resolve.Names;
import org.entente.explore.query.TimelineRepository;
import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;
import org.entente.system.Graph;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Did X and Y meet?", "When did …", "Where did …", "Whom did X meet?": meetings from MEETING claims and MET
 * relationships (a state counts its leaders' meetings), those that took place apart from those only planned, with
 * their dates and places.
 */
@Component
@Order(60)
class MeetingForm extends Form {

    private record Meeting(String date, String what, String place, boolean planned, Evidence evidence) {
    }

    private final TimelineRepository timeline;
    private final References references;
    private final Circles circles;
    private final Graph graph;

    MeetingForm(TimelineRepository timeline, References references, Circles circles, Graph graph) {
        super("MEETING", "meet, met, meeting and one or two names; did, when or where; a place ('in London'); a period",
                "When did Obama and Medvedev meet?", Slot.NAMES, Slot.PLACE, Slot.TIME);
        this.timeline = timeline;
        this.references = references;
        this.circles = circles;
        this.graph = graph;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.MEET) && !q.names().isEmpty() && q.names().size() <= 2 && q.topic() == null;
    }

    @Override
    public Answer answer(Question q) {
        var range = DateRange.of(q.from(), q.to());
        var pair = q.namesTwo() ? references.two(q) : List.of(references.one(q.names().get(0)));
        var a = pair.get(0);
        var b = pair.size() > 1 ? pair.get(1) : null;
        var places = places(a, b, range);
        var meetings = new ArrayList<Meeting>();
        for (var i : timeline.timeline(a, b, range, 1000).items()) {
            var claim = i.claim();
            if (!"meeting".equals(i.kind()) && (claim == null || claim.kind() != ClaimKind.MEETING)) {
                continue;
            }
            var place = claim == null ? places.get(i.date()) : claim.about().stream().filter(t -> String.valueOf(t.id())
                    .startsWith("place:")).map(EntityRef::name).findFirst().orElse(places.get(i.date()));
            var planned = claim != null && claim.modality() == Modality.PLANNED;
            meetings.add(new Meeting(i.date(), claim == null ? i.what() : claim.what(), place, planned, new Evidence(
                    claim == null ? null : claim.id(), claim == null ? "MET" : claim.kind().name(), i.date(), i.quote(), i.sources())));
        }
        if (q.place() != null) {
            // "Did Medvedev meet Obama in London?": only the meetings there, by their place or what they were
            var there = Names.normal(q.place());
            meetings.removeIf(m -> !(" " + Names.normal((m.place() == null ? "" : m.place()) + " " + m.what()) + " ")
                    .contains(" " + there + " "));
        }
        var held = meetings.stream().filter(m -> !m.planned()).toList();
        var planned = meetings.stream().filter(Meeting::planned).toList();
        var who = b == null ? Wording.the(a) : Wording.the(a) + " and " + Wording.the(b);
        var period = (q.place() == null ? "" : " in " + q.place()) + (range.equals(DateRange.ALL) ? "" : " " + AnswerParts.period(range));
        String text;
        if (meetings.isEmpty()) {
            text = (q.asks() == Asks.WHETHER ? "Not that the sources say: the" : "The") + " graph records no meeting of " + who
                    + period + ".";
        } else {
            var lead = switch (q.asks()) {
                case WHETHER -> held.isEmpty() ? "Not yet, as far as the sources say: " : "Yes. ";
                case WHERE -> held.stream().anyMatch(m -> m.place() != null) ? "In " + String.join(", ", held.stream()
                        .map(Meeting::place).filter(p -> p != null).distinct().toList()) + ". " : "The sources give no place. ";
                case WHEN -> held.isEmpty() ? "" : "On " + String.join(", ", held.stream().map(Meeting::date).distinct().toList()) + ". ";
                default -> "";
            };
            text = lead + Wording.capitalise(who) + (held.isEmpty() ? "" : " met " + Wording.count(held.size(), "time")
                    + period + ": " + lines(held)) + (held.isEmpty() || planned.isEmpty() ? "" : "; ")
                    + (planned.isEmpty() ? "" : (held.isEmpty() ? " planned to meet: " : "planned: ") + lines(planned)) + ".";
        }
        var reading = (b == null ? "Whom did " + AnswerParts.named(a) + " meet" : "Did " + AnswerParts.named(a) + " and "
                + AnswerParts.named(b) + " meet") + period + ", when and where? (a state counts its leaders' meetings)";
        return AnswerParts.answer(q.text(), name(), reading, b == null ? List.of(a) : List.of(a, b), null,
                Asker.see("/api/timeline", "entity", a.id(), "with", b == null ? null : b.id()), text,
                meetings.stream().map(Meeting::evidence).filter(e -> e.quote() != null).limit(AnswerParts.EVIDENCE).toList());
    }

    private static String lines(List<Meeting> meetings) {
        var seen = new LinkedHashSet<String>();
        meetings.forEach(m -> seen.add(m.date() + " (" + m.what() + (m.place() == null ? "" : ", in " + m.place()) + ")"));
        return String.join("; ", seen);
    }

    /** The place of each dated MET relationship between the two (or of the one), by date. */
    private Map<String, String> places(EntitySummary a, EntitySummary b, DateRange range) {
        var params = new HashMap<String, Object>();
        params.put("members", Circles.parameters(circles.of(a.id()), a));
        params.put("others", b == null ? null : Circles.parameters(circles.of(b.id()), b));
        params.put("from", range.first());
        params.put("to", range.last());
        params.put("limit", 1000);
        var places = new HashMap<String, String>();
        graph.query("explore/find_timeline_meetings", params, r -> r).forEach(r -> {
            if (!r.get("place").isNull()) {
                places.putIfAbsent(r.get("date").asString(), r.get("place").asString());
            }
        });
        return places;
    }
}
