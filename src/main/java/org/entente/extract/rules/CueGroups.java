package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.mentions.Resolver;

/**
 * Which cues of a sentence make claims, and which cues make one claim together: cues of one polarity close together
 * are one claim; a cue in the topic of another ("disagree about the causes of the war"), in a condition ("if Moscow
 * assisted") or in the second term of a comparison ("more tension … than common ground") is part of the claim before.
 */
final class CueGroups {

    private static final Set<String> PREPOSITIONS = Set.of("after", "before", "in", "at", "during", "since", "from", "on");
    /** Cues of one polarity this close (in tokens) are one claim. */
    private static final int SAME_CLAIM = 8;
    private static final Set<String> TOPIC_MARKERS = Set.of("about", "over", "regarding", "concerning");

    private final Gazetteer gazetteer;
    private final Text text;
    private final Resolver.Result resolved;
    private final Parties parties;

    CueGroups(Gazetteer gazetteer, Text text, Resolver.Result resolved, Parties parties) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.resolved = resolved;
        this.parties = parties;
    }

    /** The cues of a sentence that can make claims. */
    List<Cues.Hit> cues(int[] sentence) {
        var cues = new ArrayList<>(Cues.find(text.tokens, sentence[0], sentence[1]).stream().filter(this::counts).toList());
        if (cues.stream().anyMatch(c -> ClaimRules.polarity(c.cue().kind()) != 0)) {
            // "the beginning of discussions … positions that bring us together": the stance is the claim
            cues.removeIf(c -> ClaimRules.polarity(c.cue().kind()) == 0 && text.tokens.get(c.first()).noun() && !afterLightVerb(c));
        }
        return cues;
    }

    /** "held their first face-to-face meeting": a meeting noun that is the object of a light verb is an event. */
    private boolean afterLightVerb(Cues.Hit cue) {
        for (int k = Math.max(0, cue.first() - 4); k < cue.first(); k++) {
            var t = text.tokens.get(k);
            if (t.verb() && t.is("hold", "have", "begin", "start", "open", "conduct", "resume", "launch")) {
                return true;
            }
        }
        return false;
    }

    /** A meeting noun after a preposition is a time or place ("after the meeting"), not a claim that they met. */
    private boolean counts(Cues.Hit hit) {
        if (!hit.cue().kind().equals("MEETING") || text.tokens.get(hit.first()).verb()) {
            return true;
        }
        for (int k = Math.max(0, hit.first() - 3); k < hit.first(); k++) {
            if (PREPOSITIONS.contains(text.tokens.get(k).lemma().toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cues of one polarity close together are one claim; a cue inside the topic of another ("disagree about the
     * causes of the war") belongs to that claim, up to the end of the clause.
     */
    List<List<Cues.Hit>> group(List<Cues.Hit> cues) {
        var groups = new ArrayList<List<Cues.Hit>>();
        int topicUntil = -1;
        for (var cue : cues) {
            var last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            var previous = last == null ? null : last.get(last.size() - 1);
            boolean close = previous != null && ClaimRules.polarity(previous.cue().kind()) == ClaimRules.polarity(cue.cue().kind())
                    && cue.first() - previous.last() <= (previous.cue().kind().equals(cue.cue().kind()) ? SAME_CLAIM : SAME_CLAIM / 2)
                    && !actorBetween(previous.last(), cue.first());
            if (previous != null && conditionBetween(previous.last(), cue.first())) {
                continue; // the condition or comparison of the claim before, not a claim of its own
            }
            if (last != null && (close || cue.first() < topicUntil)) {
                last.add(cue);
            } else {
                groups.add(new ArrayList<>(List.of(cue)));
                topicUntil = topicEnd(cue);
            }
        }
        return groups;
    }

    /** A new actor between two cues starts a new clause: "Russian troops invaded Georgia after Tbilisi tried to …". */
    private boolean actorBetween(int from, int to) {
        return text.mentionsIn(from, to).stream().anyMatch(m -> Actors.stateOf(m, text, gazetteer, resolved) != null && !parties.topicOf(m)
                && m.last() < text.tokens.size() && text.tokens.get(m.last()).verb());
    }

    /**
     * "would consider scrapping the idea if Moscow assisted …", "more tension … than there is common ground": a cue in
     * a condition or in the second term of a comparison qualifies the claim before it.
     */
    private boolean conditionBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.tokens.get(k).is("if", "unless", "provided", "than")) {
                return true;
            }
        }
        return false;
    }

    /** Where the topic phrase after a cue ends ("disagree about …" up to ';', "but" or the sentence end), or -1. */
    private int topicEnd(Cues.Hit cue) {
        int k = cue.last();
        if (k >= text.tokens.size() || !TOPIC_MARKERS.contains(text.tokens.get(k).word().toLowerCase())) {
            return -1;
        }
        int sentence = text.tokens.get(k).sentence();
        while (k < text.tokens.size() && text.tokens.get(k).sentence() == sentence && !text.tokens.get(k).word().matches(";|but|while")) {
            k++;
        }
        return k;
    }
}
