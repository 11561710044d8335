package org.entente.explore;

import static org.entente.explore.AnswerParts.EVIDENCE;
import static org.entente.explore.AnswerParts.answer;
import static org.entente.explore.AnswerParts.evidence;
import static org.entente.explore.AnswerParts.named;
import static org.entente.explore.AnswerParts.period;
import static org.entente.explore.AnswerParts.subject;
import static org.entente.explore.AnswerParts.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.explore.Asker.Answer;
import org.entente.explore.Asker.Evidence;
import org.entente.explore.Asker.Interpretation;
import org.entente.explore.Questions.Form;
import org.springframework.stereotype.Component;

/**
 * The answer to each form of question, in words, from the same repositories the endpoints use, with the quotes and
 * sources behind it. Every answer is bounded: at most {@link AnswerParts#EVIDENCE} pieces of evidence, and a pointer
 * ({@code see}) to the endpoint that lists everything.
 */
@Component
class Answers {

    private static final int MAX_HOPS = 4;

    private final ConnectionRepository connections;
    private final RelationsRepository relations;
    private final TimelineRepository timeline;
    private final StancesRepository stances;
    private final Involvements involvements;
    private final EntityRepository entities;

    Answers(ConnectionRepository connections, RelationsRepository relations, TimelineRepository timeline,
            StancesRepository stances, Involvements involvements, EntityRepository entities) {
        this.connections = connections;
        this.relations = relations;
        this.timeline = timeline;
        this.stances = stances;
        this.involvements = involvements;
        this.entities = entities;
    }

    Answer between(String question, Form form, EntitySummary a, EntitySummary b) {
        if (form == Form.CONNECTION) {
            var paths = connections.paths(a.id(), b.id(), MAX_HOPS, 3, ConnectionRepository.DEFAULT_HOP_TYPES);
            var reading = "How is " + named(a) + " connected to " + named(b) + "?";
            var see = Asker.see("/api/connections", "from", a.id(), "to", b.id(), "maxHops", String.valueOf(MAX_HOPS));
            if (paths.isEmpty()) {
                return answer(question, form, reading, List.of(a, b), null, see, "No connection between " + a.name() + " and "
                        + b.name() + " within " + MAX_HOPS + " steps through relationships and claims.", List.of());
            }
            var evidence = paths.get(0).evidence().stream()
                    .map(e -> new Evidence(e.claim(), null, null, e.quote(), e.sources())).toList();
            var more = paths.size() > 1 ? " (" + paths.size() + " shortest paths; the first is shown.)" : "";
            return answer(question, form, reading, List.of(a, b), null, see, paths.get(0).explanation() + more, evidence);
        }
        boolean agree = form == Form.AGREEMENT;
        var all = relations.between(a, b, 500);
        var claims = agree ? all.agreements() : all.disagreements();
        var reading = (agree ? "Where do " : "What do ") + named(a) + " and " + named(b) + (agree ? " agree?" : " disagree about?");
        var see = Asker.see("/api/relations", "a", a.id(), "b", b.id());
        var verb = agree ? "agree" : "disagree";
        if (claims.isEmpty()) {
            return answer(question, form, reading, List.of(a, b), null, see, "The graph records no claim that " + a.name() + " and "
                    + b.name() + " " + verb + " (" + Wording.count(all.other().size(), "other claim") + " between them).", List.of());
        }
        var lines = all.ledger().stream().filter(l -> (agree ? l.agreements() : l.disagreements()) > 0)
                .map(l -> l.issue() + " (" + Wording.count(agree ? l.agreements() : l.disagreements(), "claim") + ")").toList();
        var text = a.name() + " and " + b.name() + " " + verb + " on " + Wording.count(lines.size(), "issue") + ": "
                + String.join(", ", lines) + ". " + Wording.count(claims.size(), "claim") + " in all, from " + claims.get(0).date()
                + " to " + claims.get(claims.size() - 1).date() + "; for example " + topics(claims, 3) + ".";
        return answer(question, form, reading, List.of(a, b), null, see, text, evidence(claims));
    }

    Answer happened(String question, EntitySummary a, EntitySummary b, DateRange range) {
        var t = timeline.timeline(a, b, range, 200);
        var period = range.first() == null && range.last() == null ? "" : " " + period(range);
        var reading = b == null ? "What happened to " + named(a) + period + "?"
                : "What happened between " + named(a) + " and " + named(b) + period + "?";
        var see = Asker.see("/api/timeline", "entity", a.id(), "with", b == null ? null : b.id(),
                "from", range.first(), "to", range.last());
        var entitiesAsked = b == null ? List.of(a) : List.of(a, b);
        if (t.items().isEmpty()) {
            return answer(question, Form.HAPPENED, reading, entitiesAsked, null, see, "The graph records nothing dated"
                    + (b == null ? " for " + a.name() : " between " + a.name() + " and " + b.name()) + period + ".", List.of());
        }
        var byDate = new LinkedHashMap<String, List<TimelineRepository.Item>>();
        t.items().forEach(i -> byDate.computeIfAbsent(i.date(), d -> new ArrayList<>()).add(i));
        var lines = byDate.entrySet().stream().limit(10).map(e -> e.getKey() + ": " + (e.getValue().size() == 1
                ? e.getValue().get(0).what() : e.getValue().size() + " items, among them " + e.getValue().stream()
                .sorted(java.util.Comparator.comparing(i -> !"MEETING".equals(i.claim() == null ? "MEETING" : i.claim().kind())))
                .limit(2).map(TimelineRepository.Item::what).collect(Collectors.joining("; ")))).toList();
        var text = Wording.count(t.total(), "dated item") + period + ", oldest first. " + String.join(" — ", lines)
                + (byDate.size() > lines.size() ? " — and " + (byDate.size() - lines.size()) + " more dates." : ".");
        var claims = t.items().stream().filter(i -> i.claim() != null).map(TimelineRepository.Item::claim).toList();
        return new Answer(question, new Interpretation(Form.HAPPENED.name(), reading, entitiesAsked, null, range.first(),
                range.last(), see), text, evidence(claims));
    }

    Answer treaties(String question, EntitySummary entity) {
        var found = involvements.treaties(entity.id());
        var reading = "Which treaties involve " + named(entity) + "?";
        var see = Asker.see("/api/entities/" + entity.id());
        if (found.isEmpty()) {
            return answer(question, Form.TREATIES, reading, List.of(entity), null, see,
                    "The graph links " + entity.name() + " to no treaty.", List.of());
        }
        var evidence = new ArrayList<Evidence>();
        var lines = found.stream().map(t -> {
            t.involvement().forEach(i -> evidence.add(new Evidence(i.claimId(), i.claimKind(), i.date(), i.quote(), i.sources())));
            return t.name() + " (" + t.involvement().stream().map(i -> i.how() + (i.entity().equals(entity.name()) ? "" : " through "
                    + i.entity())).distinct().collect(Collectors.joining(", ")) + ")";
        }).toList();
        return answer(question, Form.TREATIES, reading, List.of(entity), null, see, Wording.count(found.size(), "treaty", "treaties")
                + (found.size() == 1 ? " involves " : " involve ") + entity.name() + ": " + String.join("; ", lines) + ".",
                evidence.stream().limit(EVIDENCE).toList());
    }

    /** Forms about one subject: an entity, an issue or words of a topic. */
    Answer about(String question, Form form, Subjects.Subject subject) {
        if (subject instanceof Subjects.OfEntity e && form != Form.STANCES) {
            return switch (form) {
                case WHO_IS -> Profiles.whoIs(question, entities.profile(e.entity(), 200));
                case SAID_ABOUT -> saidAbout(question, e.entity(), entities.profile(e.entity(), 1000).claims().stream()
                        .filter(c -> c.roles() != null && c.roles().contains("about")).toList());
                default -> counterparts(question, form, e.entity());
            };
        }
        var found = subject instanceof Subjects.OfEntity e ? stances.aboutEntity(e.entity(), 200)
                : subject instanceof Subjects.OfIssue i ? stances.aboutIssue(i.issue(), 200)
                : stances.aboutText(((Subjects.OfText) subject).text(), 200);
        if (found.claims() == 0 && !(subject instanceof Subjects.OfEntity)) {
            throw new EntityNotFoundException(found.about().name(), List.of(), "Nothing in the graph is about '"
                    + found.about().name() + "': no entity, issue or claim topic matches it.");
        }
        return form == Form.SAID_ABOUT ? saidAbout(question, found) : Profiles.stances(question, form, found);
    }

    private Answer saidAbout(String question, EntitySummary entity, List<ClaimView> claims) {
        var reading = "Who said what about " + named(entity) + "?";
        var see = Asker.see("/api/entities/" + entity.id());
        return answer(question, Form.SAID_ABOUT, reading, List.of(entity), null, see, said(entity.name(), claims), evidence(claims));
    }

    private Answer saidAbout(String question, StancesRepository.Stances found) {
        var all = new ArrayList<ClaimView>();
        found.sides().forEach(s -> s.claims().stream().filter(c -> !all.contains(c)).forEach(all::add));
        all.addAll(found.agreements());
        all.addAll(found.other());
        var reading = "Who said what about " + found.about().name() + " (" + found.about().kind() + ")?";
        return answer(question, Form.SAID_ABOUT, reading, List.of(), subject(found.about()),
                Asker.see("/api/stances", "about", found.about().name()), said(found.about().name(), all), evidence(all));
    }

    private Answer counterparts(String question, Form form, EntitySummary entity) {
        boolean opposed = form == Form.OPPOSES;
        var found = involvements.counterparts(entity.id(), opposed);
        var reading = (opposed ? "Who opposes " : "Who supports ") + named(entity)
                + (opposed ? "? (parties on the other side of its disagreements and conflicts)" : "? (parties on its side of agreements and cooperation)");
        var see = Asker.see("/api/entities/" + entity.id());
        if (found.isEmpty()) {
            return answer(question, form, reading, List.of(entity), null, see, "The graph records no one "
                    + (opposed ? "opposing " : "siding with ") + entity.name() + ".", List.of());
        }
        var lines = found.stream().map(c -> c.name() + " (" + Wording.count(c.count(), "claim") + ": "
                + topics(c.claims(), 2) + ")").toList();
        var evidence = found.stream().flatMap(c -> c.claims().stream()).toList();
        return answer(question, form, reading, List.of(entity), null, see, (opposed ? "Against " : "With ") + entity.name()
                + ": " + String.join("; ", lines) + ".", evidence(evidence));
    }

    private static String said(String subject, List<ClaimView> claims) {
        if (claims.isEmpty()) {
            return "The graph holds no claim about " + subject + ".";
        }
        var bySpeaker = new LinkedHashMap<String, List<ClaimView>>();
        claims.forEach(c -> bySpeaker.computeIfAbsent(speaker(c), k -> new ArrayList<>()).add(c));
        var lines = bySpeaker.entrySet().stream().limit(8).map(e -> e.getKey() + ": " + e.getValue().stream().limit(2)
                .map(c -> "“" + c.quote() + "” (" + (c.date() == null ? "undated" : c.date()) + ")").collect(Collectors.joining(" "))
                + (e.getValue().size() > 2 ? " and " + (e.getValue().size() - 2) + " more" : "")).toList();
        return Wording.count(claims.size(), "claim") + " about " + subject + ". " + String.join(" — ", lines) + ".";
    }

    private static String speaker(ClaimView c) {
        if (c.attributedTo() != null) {
            return c.attributedTo().get("name") + " said";
        }
        var publisher = c.source() == null ? null : (String) c.source().get("publisher");
        return (publisher == null ? "The source" : publisher) + " reports";
    }
}
