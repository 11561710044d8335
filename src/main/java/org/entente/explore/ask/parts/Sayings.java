package org.entente.explore.ask.parts;


import static org.entente.explore.ask.parts.AnswerParts.answer;
import static org.entente.explore.ask.parts.AnswerParts.evidence;
import static org.entente.explore.ask.parts.AnswerParts.named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.explore.ClaimView;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.query.StancesRepository;



/** "Who said what about X?": the claims about a subject, by speaker, in their own words. */
public final class Sayings {

    private Sayings() {
    }

    public static Answer about(String question, EntitySummary entity, List<ClaimView> claims) {
        return answer(question, "SAID_ABOUT", "Who said what about " + named(entity) + "?", List.of(entity), null,
                Asker.see("/api/entities/" + entity.id()), said(Wording.the(entity), claims), evidence(claims));
    }

    public static Answer about(String question, StancesRepository.Stances found) {
        var all = StancesRepository.all(found);
        var about = found.about();
        return answer(question, "SAID_ABOUT", "Who said what about " + about.name() + " (" + about.kind() + ")?", List.of(),
                about, Asker.see("/api/stances", "about", about.id() != null ? about.id() : about.name()),
                said(about.name(), all), evidence(all));
    }

    /** Claims with different quotes: one sentence can state several claims. */
    private static List<ClaimView> distinctQuotes(List<ClaimView> claims) {
        var seen = new java.util.HashSet<String>();
        return claims.stream().filter(c -> seen.add(String.valueOf(c.quote()))).toList();
    }

    private static String said(String subject, List<ClaimView> claims) {
        if (claims.isEmpty()) {
            return "The graph holds no claim about " + subject + ".";
        }
        var bySpeaker = new LinkedHashMap<String, List<ClaimView>>();
        distinctQuotes(claims).forEach(c -> bySpeaker.computeIfAbsent(speaker(c), k -> new ArrayList<>()).add(c));
        var lines = bySpeaker.entrySet().stream().limit(8).map(e -> e.getKey() + ": " + e.getValue().stream().limit(2)
                .map(c -> "“" + c.quote() + "” (" + (c.date() == null ? "undated" : c.date()) + ")").collect(Collectors.joining(" "))
                + (e.getValue().size() > 2 ? " and " + (e.getValue().size() - 2) + " more" : "")).toList();
        return Wording.count(claims.size(), "claim") + " about " + subject + ". " + String.join(" — ", lines) + ".";
    }

    /** The speaker a claim is attributed to, else the publisher, whose own words the article's are. */
    private static String speaker(ClaimView c) {
        if (c.attributedTo() != null) {
            return Wording.capitalise(Wording.the(c.attributedTo())) + " said";
        }
        var publisher = c.source() == null ? null : c.source().publisher();
        return (publisher == null ? "The source" : publisher) + " reports";
    }
}
