package org.entente.explore.ask.parts;


import static org.entente.explore.ask.parts.AnswerParts.EVIDENCE;
import static org.entente.explore.ask.parts.AnswerParts.answer;
import static org.entente.explore.ask.parts.AnswerParts.evidence;
import static org.entente.explore.ask.parts.AnswerParts.named;
import static org.entente.explore.ask.parts.AnswerParts.period;
import static org.entente.explore.ask.parts.AnswerParts.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.explore.ClaimView;
import org.entente.explore.DateRange;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer.Interpretation;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.connections.ConnectionRepository;
import org.entente.explore.entity.EntityRepository;
import org.entente.explore.relations.RelationsRepository;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.stances.StancesRepository;
import org.entente.explore.stances.Subjects;
import org.entente.explore.timeline.TimelineRepository;
import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;
import org.springframework.stereotype.Component;

/**
 * The answer to each form of question, in words, from the same repositories the endpoints use, with the quotes and
 * sources behind it. Every answer is bounded: at most {@link AnswerParts#EVIDENCE} pieces of evidence, and a pointer
 * ({@code see}) to the endpoint that lists everything.
 */
@Component
public class Answers {

    private static final int MAX_HOPS = 4;

    private final ConnectionRepository connections;
    private final RelationsRepository relations;
    private final TimelineRepository timeline;
    private final StancesRepository stances;
    private final Involvements involvements;
    private final EntityRepository entities;
    private final Subjects subjects;
    private final Positions positions;

    public Answers(ConnectionRepository connections, RelationsRepository relations, TimelineRepository timeline,
            StancesRepository stances, Involvements involvements, EntityRepository entities, Subjects subjects,
            Positions positions) {
        this.subjects = subjects;
        this.positions = positions;
        this.connections = connections;
        this.relations = relations;
        this.timeline = timeline;
        this.stances = stances;
        this.involvements = involvements;
        this.entities = entities;
    }

    public Answer between(String question, String form, EntitySummary a, EntitySummary b) {
        if ("CONNECTION".equals(form)) {
            var paths = connections.paths(a.id(), b.id(), MAX_HOPS, 3, ConnectionRepository.DEFAULT_HOP_TYPES);
            var reading = "How is " + named(a) + " connected to " + named(b) + "?";
            var see = Asker.see("/api/connections", "from", a.id(), "to", b.id(), "maxHops", String.valueOf(MAX_HOPS));
            if (paths.isEmpty()) {
                return answer(question, form, reading, List.of(a, b), null, see, "No connection between " + the(a) + " and "
                        + the(b) + " within " + MAX_HOPS + " steps through relationships and claims.", List.of());
            }
            var evidence = paths.get(0).evidence().stream()
                    .map(e -> new Evidence(e.claim(), null, null, e.quote(), e.sources())).toList();
            var more = paths.size() > 1 ? " (" + paths.size() + " shortest paths; the first is shown.)" : "";
            return answer(question, form, reading, List.of(a, b), null, see, paths.get(0).explanation() + more, evidence);
        }
        boolean agree = "AGREEMENT".equals(form);
        var all = relations.between(a, b, 500);
        var claims = agree ? all.agreements() : all.disagreements();
        var reading = (agree ? "Where do " : "What do ") + named(a) + " and " + named(b) + (agree ? " agree?" : " disagree about?");
        var see = Asker.see("/api/relations", "a", a.id(), "b", b.id());
        var verb = agree ? "agree" : "disagree";
        // conflicts are disagreement in deeds: counted on that side, and listed apart from disagreement in words
        var conflicts = agree ? List.<ClaimView>of() : all.other().stream().filter(c -> c.kind() == ClaimKind.CONFLICT
                && c.modality() != Modality.DENIED && c.parties().stream().map(p -> p.get("side")).distinct().count() > 1).toList();
        var inConflict = conflicts.isEmpty() ? "" : " In conflict (listed apart from disagreement in words): "
                + Wording.count(conflicts.size(), "claim") + ", " + topics(conflicts, 3) + ".";
        if (claims.isEmpty()) {
            var others = all.other().size() - conflicts.size();
            var text = "The graph records no claim that " + the(a) + " and " + the(b) + " " + verb + " in words"
                    + (others == 0 ? "." : " (" + Wording.count(others, "other claim") + " between them).") + inConflict;
            return answer(question, form, reading, List.of(a, b), null, see, text.strip(), evidence(conflicts));
        }
        var lines = all.ledger().stream().filter(l -> (agree ? l.agreements() : l.disagreements()) > 0).toList();
        var named = lines.stream().filter(l -> l.issueId() != null || l.entity() != null)
                .map(l -> l.issue() + " (" + Wording.count(agree ? l.agreements() : l.disagreements(), "claim") + ")").toList();
        var rest = lines.stream().filter(l -> l.issueId() == null && l.entity() == null)
                .mapToInt(l -> agree ? l.agreements() : l.disagreements()).sum();
        var first = claims.get(0).date();
        var last = claims.get(claims.size() - 1).date();
        var text = Wording.capitalise(the(a)) + " and " + the(b) + " " + verb
                + (named.isEmpty() ? "" : " on " + Wording.count(named.size(), "issue") + ": " + String.join(", ", named))
                + (rest == 0 ? "" : (named.isEmpty() ? " in " : ", and in ") + Wording.count(rest, "claim") + " on no issue of the list")
                + ". " + Wording.count(claims.size(), "claim") + " in all, " + (first == null || first.equals(last) ? "on " + first
                : "from " + first + " to " + last) + "; for example " + topics(claims, 3) + "." + inConflict;
        var shown = new ArrayList<>(claims);
        shown.addAll(conflicts);
        return answer(question, form, reading, List.of(a, b), null, see, text, evidence(shown));
    }

    public Answer happened(String question, EntitySummary a, EntitySummary b, DateRange range) {
        var t = timeline.timeline(a, b, range, 200);
        var period = range.first() == null && range.last() == null ? "" : " " + period(range);
        var reading = b == null ? "What happened to " + named(a) + period + "?"
                : "What happened between " + named(a) + " and " + named(b) + period + "?";
        var see = Asker.see("/api/timeline", "entity", a.id(), "with", b == null ? null : b.id(),
                "from", range.first(), "to", range.last());
        var entitiesAsked = b == null ? List.of(a) : List.of(a, b);
        String text;
        if (t.items().isEmpty()) {
            text = "The graph records nothing dated" + (b == null ? " for " + the(a) : " between " + the(a) + " and " + the(b))
                    + period + ".";
        } else {
            var byDate = new LinkedHashMap<String, List<TimelineRepository.Item>>();
            t.items().forEach(i -> byDate.computeIfAbsent(i.date(), d -> new ArrayList<>()).add(i));
            var lines = byDate.entrySet().stream().limit(10).map(e -> e.getKey() + ": " + (e.getValue().size() == 1
                    ? e.getValue().get(0).what() : e.getValue().size() + " items, among them " + e.getValue().stream()
                    .sorted(Comparator.comparing(i -> (i.claim() != null && i.claim().kind() != ClaimKind.MEETING)))
                    .limit(2).map(TimelineRepository.Item::what).collect(Collectors.joining("; ")))).toList();
            text = Wording.count(t.total(), "dated item") + period + ", oldest first. " + String.join(" — ", lines)
                    + (byDate.size() > lines.size() ? " — and " + (byDate.size() - lines.size()) + " more dates." : ".");
        }
        var evidence = t.items().stream().filter(i -> i.quote() != null)
                .map(i -> new Evidence(i.claim() == null ? null : i.claim().id(), i.claim() == null ? i.kind() : i.claim().kind().name(),
                        i.date(), i.quote(), i.sources())).limit(EVIDENCE).toList();
        return new Answer(question, new Interpretation("HAPPENED", reading, entitiesAsked, null, range.first(),
                range.last(), see), text, evidence);
    }

    public Answer treaties(String question, String form, EntitySummary entity) {
        var partyOnly = "PARTY_TO".equals(form);
        var found = involvements.treaties(entity.id()).stream()
                .map(t -> partyOnly ? new Involvements.Treaty(t.id(), t.name(), t.attributes(),
                        t.involvement().stream().filter(i -> i.claimId() == null).toList()) : t)
                .filter(t -> !t.involvement().isEmpty()).toList();
        var reading = (partyOnly ? "Which treaties is " + named(entity) + " party to?" : "Which treaties involve " + named(entity) + "?");
        var see = Asker.see("/api/entities/" + entity.id());
        if (found.isEmpty()) {
            return answer(question, form, reading, List.of(entity), null, see, "The graph " + (partyOnly ? "makes " + the(entity)
                    + " party to no treaty." : "links " + the(entity) + " to no treaty."), List.of());
        }
        var evidence = new ArrayList<Evidence>();
        var lines = found.stream().map(t -> {
            t.involvement().forEach(i -> evidence.add(new Evidence(i.claimId(), i.claimKind(), i.date(), i.quote(), i.sources())));
            return Wording.the(t.name(), "Treaty") + " (" + t.involvement().stream().map(i -> i.how()
                    + (i.entity().equals(the(entity)) ? "" : " through " + i.entity()))
                    .distinct().collect(Collectors.joining(", ")) + ")";
        }).toList();
        var verb = partyOnly ? (found.size() == 1 ? " has " : " have ") + the(entity) + " as a party: "
                : (found.size() == 1 ? " involves " : " involve ") + the(entity) + ": ";
        return answer(question, form, reading, List.of(entity), null, see, Wording.count(found.size(), "treaty", "treaties")
                + verb + String.join("; ", lines) + ".", evidence.stream().limit(EVIDENCE).toList());
    }

    /** Forms about one subject: an entity, an issue or words of a topic. */
    public Answer about(String question, String form, Subjects.Subject subject) {
        if ("WHO_IS".equals(form) && subject instanceof Subjects.OfText t) {
            throw subjects.nothingAbout(t.text());
        }
        if (subject instanceof Subjects.OfEntity e && !"STANCES".equals(form)) {
            switch (form) {
                case "WHO_IS":
                    return Profiles.whoIs(question, entities.profile(e.entity(), 200));
                case "SAID_ABOUT":
                    // claims about it, and claims it is a party to that someone is quoted on
                    return Sayings.about(question, e.entity(), entities.claims(e.entity(), 1000).stream()
                            .filter(c -> c.roles() != null && (c.roles().contains("about") || (c.roles().contains("party")
                                    && c.attributedTo() != null && !e.entity().id().equals(c.attributedTo().get("id"))))).toList());
                default:
                    var answer = counterparts(question, form, e.entity());
                    if (answer != null) {
                        return answer;
                    }
            }
        }
        var found = subject instanceof Subjects.OfEntity e ? stances.aboutEntity(e.entity(), 200)
                : subject instanceof Subjects.OfIssue i ? stances.aboutIssue(i.issue(), 200)
                : stances.aboutText(((Subjects.OfText) subject).text(), 200);
        if (found.claims() == 0 && !(subject instanceof Subjects.OfEntity)) {
            throw subjects.nothingAbout(found.about().name());
        }
        if ("SAID_ABOUT".equals(form)) {
            return Sayings.about(question, found);
        }
        var said = "OPPOSES".equals(form) || "SUPPORTS".equals(form) ? positions.of(StancesRepository.all(found), terms(subject))
                : List.<Positions.Position>of();
        return Profiles.stances(question, form, found, said);
    }

    /** What someone said: the claims attributed to it, and the statements it is a party to. */
    public Answer saidBy(String question, EntitySummary speaker) {
        var claims = entities.claims(speaker, 1000).stream().filter(c -> c.roles() != null
                && (c.roles().contains("speaker") || (c.roles().contains("party") && c.kind() == ClaimKind.STATEMENT))).toList();
        return Sayings.by(question, speaker, claims);
    }

    /** Who stands against or with an entity as a party; null when no one does, so the stances about it answer. */
    private Answer counterparts(String question, String form, EntitySummary entity) {
        boolean opposed = "OPPOSES".equals(form);
        var found = involvements.counterparts(entity.id(), opposed);
        if (found.isEmpty()) {
            return null;
        }
        var counter = new java.util.HashMap<String, Integer>();
        involvements.counterparts(entity.id(), !opposed).forEach(c -> counter.put(c.id(), c.count()));
        var reading = (opposed ? "Who opposes " : "Who supports ") + named(entity)
                + (opposed ? "? (who was on the other side of its disagreements and conflicts)"
                : "? (who was on its side in agreements and cooperation)");
        var lines = found.stream().map(c -> Wording.the(c.name(), c.kind()) + " (" + Wording.count(c.count(), "claim") + ": "
                + topics(c.claims(), 2) + (counter.containsKey(c.id()) ? "; but " + (opposed ? "on its side in " : "against it in ")
                + Wording.count(counter.get(c.id()), "claim") : "") + ")").toList();
        var evidence = found.stream().flatMap(c -> c.claims().stream()).toList();
        var text = (opposed ? "Against " : "On the side of ") + the(entity) + (opposed ? "" : " in agreements and cooperation")
                + ": " + String.join("; ", lines) + ".";
        return answer(question, form, reading, List.of(entity), null, Asker.see("/api/entities/" + entity.id()), text,
                evidence(evidence));
    }

    /** The phrases that name a subject in a sentence: an entity's names, an issue's names and words, the words asked. */
    private static List<String> terms(Subjects.Subject subject) {
        var terms = new ArrayList<String>();
        if (subject instanceof Subjects.OfEntity e) {
            terms.add(e.entity().name());
            terms.addAll(e.entity().aliases());
        } else if (subject instanceof Subjects.OfIssue i) {
            terms.add(i.issue().name());
            terms.addAll(i.issue().aliases());
            terms.addAll(i.issue().words());
        } else {
            terms.add(((Subjects.OfText) subject).text());
        }
        return terms;
    }

    private static String the(EntitySummary e) {
        return Wording.the(e);
    }
}
