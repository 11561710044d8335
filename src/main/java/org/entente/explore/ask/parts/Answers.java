package org.entente.explore.ask.parts;


import static org.entente.explore.ask.parts.AnswerParts.EVIDENCE;
import static org.entente.explore.ask.parts.AnswerParts.answer;
import static org.entente.explore.ask.parts.AnswerParts.evidence;
import static org.entente.explore.ask.parts.AnswerParts.named;
import static org.entente.explore.ask.parts.AnswerParts.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.explore.ClaimView;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.query.EntityRepository;
import org.entente.explore.query.RelationsRepository;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.query.StancesRepository;
import org.entente.explore.query.Subjects;
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

    private final RelationsRepository relations;
    private final StancesRepository stances;
    private final Involvements involvements;
    private final EntityRepository entities;
    private final Subjects subjects;
    private final Positions positions;

    public Answers(RelationsRepository relations, StancesRepository stances, Involvements involvements,
            EntityRepository entities, Subjects subjects, Positions positions) {
        this.subjects = subjects;
        this.positions = positions;
        this.relations = relations;
        this.stances = stances;
        this.involvements = involvements;
        this.entities = entities;
    }

    /** The claims between two entities that an answer about their agreements or disagreements reads, oldest first. */
    static final int READ = ClaimView.LIST;

    public Answer between(String question, String form, EntitySummary a, EntitySummary b) {
        boolean agree = "AGREEMENT".equals(form);
        var all = relations.between(a, b, READ);
        var claims = agree ? all.agreements() : all.disagreements();
        // two hubs share thousands of claims: the tallies count them all, the issues come from the oldest READ
        boolean cut = all.claims().size() >= READ;
        var tallied = !cut || all.tally() == null ? "" : " The tallies count " + Wording.count(
                (int) (agree ? all.tally().agreement() : all.tally().disagreement()), agree ? "agreement" : "disagreement")
                + (agree ? "" : " and " + Wording.count((int) all.tally().conflict(), "conflict")) + " between them in all; the issues"
                + " and examples here are from the " + READ + " oldest of their " + Wording.count((int) all.tally().claims(), "claim") + ".";
        var reading = (agree ? "Where do " : "What do ") + named(a) + " and " + named(b) + (agree ? " agree?" : " disagree about?");
        var see = Asker.see("/api/relations", "a", a.id(), "b", b.id());
        var verb = agree ? "agree" : "disagree";
        // conflicts are disagreement in deeds: counted on that side, and listed apart from disagreement in words
        var conflicts = agree ? List.<ClaimView>of() : all.other().stream().filter(c -> c.kind() == ClaimKind.CONFLICT
                && c.modality() != Modality.DENIED && c.sideCount() > 1).toList();
        var inConflict = conflicts.isEmpty() ? "" : " In conflict (listed apart from disagreement in words): "
                + Wording.count(conflicts.size(), "claim") + ", " + topics(conflicts, 3) + ".";
        if (claims.isEmpty()) {
            var others = all.other().size() - conflicts.size();
            var text = "The graph records no claim that " + the(a) + " and " + the(b) + " " + verb + " in words"
                    + (others == 0 ? "." : " (" + Wording.count(others, "other claim") + " between them).") + inConflict;
            return answer(question, form, reading, List.of(a, b), null, see, (text + tallied).strip(), evidence(conflicts));
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
                + ". " + Wording.count(claims.size(), "claim") + (cut ? ", " : " in all, ") + (first == null || first.equals(last) ? "on " + first
                : "from " + first + " to " + last) + "; for example " + topics(claims, 3) + "." + inConflict + tallied;
        var shown = new ArrayList<>(claims);
        shown.addAll(conflicts);
        return answer(question, form, reading, List.of(a, b), null, see, text, evidence(shown));
    }

    public Answer treaties(String question, String form, EntitySummary entity) {
        var partyOnly = "PARTY_TO".equals(form);
        var found = involvements.treaties(entity.id()).stream()
                .map(t -> partyOnly ? new Involvements.Treaty(t.id(), t.name(),
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
                    return Profiles.whoIs(question, entities.profile(e.entity(), ClaimView.LIST));
                case "SAID_ABOUT":
                    // claims about it, and claims it is a party to that someone is quoted on
                    return Sayings.about(question, e.entity(), entities.claims(e.entity(), 1000).stream()
                            .filter(c -> c.roles() != null && (c.roles().contains("about") || (c.roles().contains("party")
                                    && c.attributedTo() != null && !e.entity().id().equals(c.attributedTo().id())))).toList());
                default:
                    var answer = counterparts(question, form, e.entity());
                    if (answer != null) {
                        return answer;
                    }
            }
        }
        var found = subject instanceof Subjects.OfEntity e ? stances.aboutEntity(e.entity(), ClaimView.LIST)
                : subject instanceof Subjects.OfIssue i ? stances.aboutIssue(i.issue(), ClaimView.LIST)
                : stances.aboutText(((Subjects.OfText) subject).text(), ClaimView.LIST);
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
