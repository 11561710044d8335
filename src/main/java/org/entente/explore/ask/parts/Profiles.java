package org.entente.explore.ask.parts;


import static org.entente.explore.ask.parts.AnswerParts.EVIDENCE;
import static org.entente.explore.ask.parts.AnswerParts.answer;
import static org.entente.explore.ask.parts.AnswerParts.evidence;
import static org.entente.explore.ask.parts.AnswerParts.named;
import static org.entente.explore.ask.parts.AnswerParts.topics;

import java.util.ArrayList;
import java.util.List;

import org.entente.explore.ClaimView;
import org.entente.explore.EntityRef;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.query.ConnectionRepository;
import org.entente.explore.query.EntityProfile;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.query.StancesRepository;

/** Answers that describe: who an entity is, and who stands where on a subject. */
public final class Profiles {

    private Profiles() {
    }

    public static Answer whoIs(String question, EntityProfile p) {
        var entity = new EntitySummary(p.id(), p.kind(), p.name(), p.aliases(), null);
        var text = new StringBuilder(Wording.capitalise(Wording.the(entity)) + " (" + p.kind().toLowerCase() + ")");
        if (p.attributes().get("description") instanceof String description) {
            text.append(": ").append(description.strip());
        }
        if (text.charAt(text.length() - 1) != '.') {
            text.append('.');
        }
        var facts = new ArrayList<String>();
        var evidence = new ArrayList<Evidence>();
        var self = new ConnectionRepository.Node(p.id(), p.kind(), p.name());
        p.relationships().forEach((type, rows) -> rows.forEach(row -> {
            facts.add(row.sentence(type, self));
            evidence.add(new Evidence(null, type, row.text("date"), row.text("quote"), row.sources()));
        }));
        if (!facts.isEmpty()) {
            text.append(' ').append(Wording.capitalise(Wording.the(entity))).append(' ').append(String.join("; ", facts.subList(0, Math.min(8, facts.size()))))
                    .append(facts.size() > 8 ? "; and " + (facts.size() - 8) + " more" : "").append('.');
        }
        long party = p.claims().stream().filter(c -> c.roles().contains("party")).count();
        long about = p.claims().stream().filter(c -> c.roles().contains("about")).count();
        long speaker = p.claims().stream().filter(c -> c.roles().contains("speaker")).count();
        var roles = new ArrayList<String>();
        if (party > 0) {
            roles.add("a party to " + Wording.count((int) party, "claim"));
        }
        if (about > 0) {
            roles.add("the subject of " + Wording.count((int) about, "claim"));
        }
        if (speaker > 0) {
            roles.add("the speaker of " + Wording.count((int) speaker, "claim"));
        }
        text.append(" Named in ").append(Wording.count(p.sources().size(), "source")).append(roles.isEmpty()
                ? ", in no claim." : "; " + String.join(", ", roles) + ".");
        var all = new ArrayList<>(evidence);
        all.addAll(evidence(p.claims()));
        return answer(question, "WHO_IS", ("Person".equals(p.kind()) ? "Who is " : "What is ") + named(entity) + "?",
                List.of(entity), null,
                Asker.see("/api/entities/" + p.id()), text.toString(), all.stream().limit(EVIDENCE).toList());
    }

    /** Stances on a subject in words: who faced whom, and who agreed. Serves "who opposes / supports" a topic too. */
    /** {@code said}: positions for or against in the claims' own words, for "who opposes / supports" a subject. */
    public static Answer stances(String question, String form, StancesRepository.Stances s, List<Positions.Position> said) {
        var about = s.about();
        var name = about.id() != null && "entity".equals(about.kind())
                ? Wording.the(new EntityRef(about.id(), about.name(), null)) : about.name();
        var subject = name + ("issue".equals(about.kind()) ? " (an issue)" : "text".equals(about.kind()) ? " (claim topics)" : "");
        var parts = new ArrayList<String>();
        var pairs = new java.util.HashSet<String>();
        for (var side : s.sides()) {
            var names = Wording.names(side.entities());
            var faced = Wording.names(side.opposes());
            if (pairs.add(faced + "|" + names)) {
                pairs.add(names + "|" + faced);
                parts.add(names + " against " + faced + " (" + Wording.count(side.claims().size(), "claim") + ": "
                        + topics(side.claims(), 2) + ")");
            }
        }
        var agreeing = new java.util.LinkedHashMap<String, List<ClaimView>>();
        s.agreements().forEach(c -> agreeing.computeIfAbsent(Wording.names(c.partyEntities()), k -> new ArrayList<>()).add(c));
        agreeing.forEach((who, claims) -> parts.add(who + (claims.size() == 1 ? " agreed or cooperated (" : " agreed or cooperated ("
                + claims.size() + " claims: ") + topics(claims, 2) + ")"));
        var against = "OPPOSES".equals(form);
        var worded = said.stream().filter(p -> p.against() == against).toList();
        var words = new java.util.LinkedHashMap<String, List<Positions.Position>>();
        worded.forEach(p -> words.computeIfAbsent(Wording.the(p.party().entity()), k -> new ArrayList<>()).add(p));
        var lead = words.isEmpty() ? "" : (against ? "Against it, in the source's words: " : "For it, in the source's words: ")
                + String.join("; ", words.entrySet().stream().map(e -> e.getKey() + " (“"
                + e.getValue().get(0).sentence() + "”)").toList()) + ". ";
        var text = parts.isEmpty() ? "The graph records no one agreeing or disagreeing about " + name + " ("
                + Wording.count(s.other().size(), "other claim") + ")."
                : lead + "On " + name + ": " + String.join("; ", parts) + "."
                + (("OPPOSES".equals(form) || "SUPPORTS".equals(form)) && words.isEmpty() ? " Claims record who is on which side "
                + "of a dispute, not which side is for " + name + ", and no sentence says who " + (against ? "opposes" : "supports")
                + " it." : "");
        var claims = new ArrayList<ClaimView>();
        worded.forEach(p -> {
            if (!claims.contains(p.claim())) {
                claims.add(p.claim());
            }
        });
        s.sides().forEach(side -> side.claims().stream().filter(c -> !claims.contains(c)).forEach(claims::add));
        s.agreements().stream().filter(c -> !claims.contains(c)).forEach(claims::add);
        var reading = switch (form) {
            case "OPPOSES" -> "Who opposes " + subject + "? (who is on which side of disputes about it)";
            case "SUPPORTS" -> "Who supports " + subject + "? (who is on which side of agreements and disputes about it)";
            case "WHO_IS" -> "What is " + subject + "? (who agrees and who disagrees about it)";
            default -> "Who agrees and who disagrees about " + subject + "?";
        };
        return answer(question, form, reading, List.of(), about,
                Asker.see("/api/stances", "about", about.id() != null ? about.id() : about.name()), text, evidence(claims));
    }
}
