package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.facts.Facts;

/**
 * Claims from sentences. A cue word says what kind of claim a sentence makes (cues.txt); nearby cues of one kind make
 * one claim, far-apart ones several. The parties are the states acting in the sentence (or the persons, for a
 * meeting); what else the sentence names is what the claim is about. A reporting verb makes the claim REPORTED and
 * attributed to its speaker; a joint statement speaks for the pair and, unless it concedes a disagreement, states an
 * agreement; negation makes a claim DENIED, and "will", "agreed to", "instructed" make it PLANNED.
 */
final class ClaimRules {

    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "announce", "state", "concede", "acknowledge",
            "note", "stress", "insist", "claim", "indicate", "believe", "declare", "confirm", "deny", "argue", "warn");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "nobody", "neither", "nor");
    /** "it is premature to declare that a thaw is under way": no thaw is claimed, nor denied. */
    private static final Set<String> HEDGES = Set.of("premature", "too early", "too soon");
    private static final Set<String> PLANNING = Set.of("will", "would", "'ll", "shall", "plan", "intend", "instruct", "pursue",
            "possibility", "agree", "propose", "expect", "hope", "start");
    private static final Set<String> PREPOSITIONS = Set.of("after", "before", "in", "at", "during", "since", "from", "on");
    /** Cues of one polarity this close (in tokens) are one claim. */
    private static final int SAME_CLAIM = 8;
    private static final Set<String> TOPIC_MARKERS = Set.of("about", "over", "regarding", "concerning");
    /** Prepositions before a state that make it the topic ("on Afghanistan") rather than an actor. */
    private static final Set<String> ABOUT = Set.of("on", "in", "about", "over", "regarding", "concerning", "into", "at", "toward",
            "towards", "across", "within", "throughout", "of", "to");
    /** Cues of a personal relation: the persons are the parties, not their states. */
    private static final Set<String> PERSONAL = Set.of("rapport", "language", "friendship", "chemistry");

    private final Gazetteer gazetteer;
    private final Text text;
    private final Resolver.Result resolved;
    private final Set<String> pair;
    private final List<Facts.Relationship> relationships;

    ClaimRules(Gazetteer gazetteer, Text text, Resolver.Result resolved, List<Facts.Relationship> relationships) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.resolved = resolved;
        this.pair = Actors.pair(text, gazetteer, resolved);
        this.relationships = relationships;
    }

    /** A spokesperson's statement is the statement of the body they speak for ("White House spokesman Robert Gibbs"). */
    private String voiceOf(String speaker) {
        return relationships.stream().filter(r -> r.from().equals(speaker) && (r.type().equals("SPEAKS_FOR")
                        || (r.type().equals("WORKS_FOR") && String.valueOf(r.properties().get("role")).matches(".*(press|spokes).*"))))
                .map(Facts.Relationship::to).findFirst().orElse(speaker);
    }

    List<Facts.Claim> find() {
        var claims = new ArrayList<Facts.Claim>();
        for (int s = 0; s < text.sentences.size(); s++) {
            var sentence = text.sentences.get(s);
            if (text.heading(sentence) || sentence[1] - sentence[0] < 4) {
                continue;
            }
            var speaker = Speaker.of(text, sentence);
            var cues = new ArrayList<>(Cues.find(text.tokens, sentence[0], sentence[1]).stream().filter(this::counts).toList());
            if (cues.stream().anyMatch(c -> polarity(c.cue().kind()) != 0)) {
                // "the beginning of discussions … positions that bring us together": the stance is the claim
                cues.removeIf(c -> polarity(c.cue().kind()) == 0 && text.tokens.get(c.first()).noun() && !afterLightVerb(c));
            }
            if (cues.isEmpty() && speaker != null && speaker.joint()) {
                cues.add(new Cues.Hit(new Cues.Cue(new String[] {"statement"}, "AGREEMENT", "019", 3.4), speaker.verb(), speaker.verb() + 1));
            }
            if (cues.isEmpty() && speaker != null && speaker.entity() != null) {
                cues.add(new Cues.Hit(new Cues.Cue(new String[] {"say"}, "STATEMENT", "010", 0.0), speaker.verb(), speaker.verb() + 1));
            }
            var groups = group(cues);
            for (int g = 0; g < groups.size(); g++) {
                int from = g == 0 ? sentence[0] : (groups.get(g - 1).get(groups.get(g - 1).size() - 1).last() + groups.get(g).get(0).first()) / 2;
                int to = g == groups.size() - 1 ? sentence[1] : (groups.get(g).get(groups.get(g).size() - 1).last() + groups.get(g + 1).get(0).first()) / 2;
                var claim = claim(s, sentence, groups.get(g), speaker, from, to);
                if (claim != null && !mergedInto(claims, claim) && !continues(claims, claim, s)) {
                    claims.add(claim);
                    sentenceOf.put(claim, s);
                }
            }
        }
        return claims;
    }

    private final java.util.Map<Facts.Claim, Integer> sentenceOf = new java.util.IdentityHashMap<>();

    /** A quotation that opens the next paragraph after a statement goes on with that statement, by the same speaker. */
    private boolean continues(List<Facts.Claim> claims, Facts.Claim claim, int sentence) {
        if (claims.isEmpty() || !claim.kind().equals("STATEMENT")) {
            return false;
        }
        var last = claims.get(claims.size() - 1);
        var first = text.tokens.get(text.sentences.get(sentence)[0]).word();
        return last.kind().equals("STATEMENT") && last.parties().equals(claim.parties()) && sentenceOf.get(last) == sentence - 1
                && (first.equals("``") || first.equals("\"") || first.equals("“"));
    }

    /** "had a good rapport …, adding that they shared a common language": one sentence, one claim, said twice. */
    private static boolean mergedInto(List<Facts.Claim> claims, Facts.Claim claim) {
        if (claims.isEmpty() || !claim.about().isEmpty()) {
            return false;
        }
        var last = claims.get(claims.size() - 1);
        return last.evidence().start().equals(claim.evidence().start()) && last.kind().equals(claim.kind())
                && last.about().isEmpty() && last.parties().equals(claim.parties());
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
    private List<List<Cues.Hit>> group(List<Cues.Hit> cues) {
        var groups = new ArrayList<List<Cues.Hit>>();
        int topicUntil = -1;
        for (var cue : cues) {
            var last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            var previous = last == null ? null : last.get(last.size() - 1);
            boolean close = previous != null && polarity(previous.cue().kind()) == polarity(cue.cue().kind())
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
        return text.mentionsIn(from, to).stream().anyMatch(m -> Actors.stateOf(m, text, gazetteer, resolved) != null && !topicOf(m)
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

    static int polarity(String kind) {
        return switch (kind) {
            case "AGREEMENT", "COOPERATION" -> 1;
            case "DISAGREEMENT", "CONFLICT" -> -1;
            default -> 0;
        };
    }

    private Facts.Claim claim(int index, int[] sentence, List<Cues.Hit> cues, Speaker speaker, int from, int to) {
        var anchor = strongest(cues);
        var kind = anchor.cue().kind();
        if (speaker != null && speaker.joint() && kind.equals("STATEMENT")) {
            kind = "AGREEMENT";
        }
        boolean personal = cues.stream().anyMatch(c -> PERSONAL.contains(text.tokens.get(c.last() - 1).lemma().toLowerCase()));
        var parties = parties(index, sentence, kind, personal, speaker, from, to);
        if (parties.isEmpty() || (parties.size() < 2 && !kind.equals("STATEMENT"))) {
            if (speaker == null || speaker.entity() == null || kind.equals("STATEMENT")) {
                return null;
            }
            kind = "STATEMENT";
            parties = new LinkedHashSet<>(List.of(voiceOf(speaker.entity())));
            anchor = new Cues.Hit(new Cues.Cue(new String[] {"say"}, "STATEMENT", "010", 0.0), speaker.verb(), speaker.verb() + 1);
        }
        if (hedged(sentence, anchor)) {
            return null;
        }
        var about = about(parties, speaker, from, to);
        if (about.isEmpty()) {
            about = about(parties, speaker, sentence[0], sentence[1]);
        }
        if (about.isEmpty() && index > 0 && anaphoric(from, to)) {
            // "future cooperation on the issue": the issue of the sentence before
            var previous = text.sentences.get(index - 1);
            about = about(parties, speaker, previous[0], previous[1]);
        }
        if (kind.equals("STATEMENT") && about.isEmpty()) {
            return null; // "Gibbs told reporters …" names nothing the statement is about
        }
        if (kind.equals("CONFLICT")) {
            Wars.known(gazetteer, parties, Dates.claimDate(text, sentence, from, to)).ifPresent(about::add);
        }
        var modality = modality(anchor, speaker, sentence);
        var evidence = text.evidence(sentence, sentence[0], sentence[1]);
        var partyList = parties.stream().map(id -> new Facts.Party(id, null)).toList();
        return new Facts.Claim(null, kind, partyList, List.copyOf(about), Topics.topic(text, anchor, from, to, about, resolved),
                null, Dates.claimDate(text, sentence, from, to), modality, evidence,
                modality.equals("REPORTED") && speaker != null ? speaker.entity() : null,
                parties.size() >= 2 || kind.equals("STATEMENT") ? 0.8 : 0.6, anchor.cue().cameo(), anchor.cue().goldstein());
    }

    private boolean hedged(int[] sentence, Cues.Hit anchor) {
        var before = text.body(sentence[0], anchor.first()).toLowerCase();
        return HEDGES.stream().anyMatch(before::contains);
    }

    private Set<String> about(Set<String> parties, Speaker speaker, int from, int to) {
        var about = new LinkedHashSet<String>();
        for (var m : text.mentionsIn(from, to)) {
            if (m.entity() != null && !inSpeakerPhrase(m, speaker) && !parties.contains(m.entity()) && (speaker == null || !m.entity().equals(speaker.entity()))
                    && !parties.contains(voiceOf(m.entity()))) {
                about.add(m.entity());
            }
        }
        return about;
    }

    /** "A senior U.S. official said": the official's nationality says who speaks, not what about. */
    private boolean inSpeakerPhrase(Mention m, Speaker speaker) {
        if (speaker == null || m.last() >= speaker.verb() || m.last() + 3 < speaker.verb()) {
            return false;
        }
        for (int k = m.last(); k < speaker.verb(); k++) {
            var t = text.tokens.get(k);
            if (!(t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().equals("JJ"))) {
                return false;
            }
        }
        return m.last() < speaker.verb();
    }

    private boolean anaphoric(int from, int to) {
        var span = text.body(from, to).toLowerCase();
        return span.matches(".*\\b(the|this|that) (issue|matter|idea|plan|proposal|question|dispute)\\b.*");
    }

    /** The cue that says most: a disagreement or agreement over a mere meeting or statement. */
    private static Cues.Hit strongest(List<Cues.Hit> cues) {
        return cues.stream().max(java.util.Comparator.comparingInt(c -> Math.abs(polarity(c.cue().kind())))).orElseThrow();
    }

    private Set<String> parties(int index, int[] sentence, String kind, boolean personal, Speaker speaker, int from, int to) {
        var parties = new LinkedHashSet<String>();
        if (kind.equals("MEETING") || personal) {
            for (var m : text.mentionsIn(sentence[0], sentence[1])) {
                if (m.category().equals("PERSON") && m.entity() != null) {
                    parties.add(m.entity());
                }
            }
            if (parties.size() >= 2) {
                return parties;
            }
            parties.clear();
        }
        if (kind.equals("STATEMENT")) {
            if (speaker != null && speaker.entity() != null) {
                parties.add(voiceOf(speaker.entity()));
            }
            return parties;
        }
        if (kind.equals("CONFLICT")) {
            for (var m : text.mentionsIn(from, to)) {
                if (modifierOnly(m) || (topicOf(m) && !text.tokens.get(m.first() - 1).is("of"))) {
                    continue;
                }
                var state = Actors.stateOf(m, text, gazetteer, resolved);
                if (state != null) {
                    parties.add(state);
                } else if (m.entity() != null && m.entity().startsWith("place:") && !resolved.partOf().containsKey(m.entity())
                        && resolved.entities().get(m.entity()) != null && resolved.entities().get(m.entity()).known != null
                        && resolved.entities().get(m.entity()).known.link("country") != null) {
                    parties.add(m.entity()); // a breakaway region fights as a party of its own
                }
            }
            return parties;
        }
        if (speaker != null && speaker.joint() && pair.size() == 2) {
            return new LinkedHashSet<>(pair); // a joint statement speaks for its two parties; what it names is its topic
        }
        if (Actors.mentionsPair(text, from, to) && pair.size() == 2) {
            return new LinkedHashSet<>(pair); // "the two sides view the war between Russia and Georgia"
        }
        parties.addAll(actors(from, to));
        if (parties.size() < 2 && Actors.mentionsPair(text, sentence[0], sentence[1]) && pair.size() == 2) {
            return new LinkedHashSet<>(pair);
        }
        if (parties.size() < 2) {
            parties.addAll(actors(sentence[0], sentence[1]));
        }
        if (parties.size() < 2 && index > 0) {
            // "Moscow ... has staunchly opposed this": the other side is the actor of the sentence before
            var previous = text.sentences.get(index - 1);
            if (!text.heading(previous)) {
                actors(previous[0], previous[1]).stream().filter(a -> !parties.contains(a)).findFirst().ifPresent(parties::add);
            }
        }
        return parties;
    }

    /** The states acting in tokens [from, to): not those a preposition makes the topic, nor "pro-Moscow". */
    private Set<String> actors(int from, int to) {
        var states = new LinkedHashSet<String>();
        for (var m : text.mentionsIn(from, to)) {
            if (!modifierOnly(m) && !topicOf(m)) {
                var state = Actors.stateOf(m, text, gazetteer, resolved);
                if (state != null) {
                    states.add(state);
                }
            }
        }
        if (Actors.mentionsPair(text, from, to)) {
            states.addAll(pair);
        }
        return states;
    }

    /** "pro-Moscow", "anti-American": a stance word, not an actor. */
    private boolean modifierOnly(Mention m) {
        return m.first() > 0 && text.tokens.get(m.first() - 1).is("pro", "anti");
    }

    /**
     * A state after a preposition such as "on", "in", "about", "of" (through a coordination: "in Afghanistan and
     * Pakistan") is what the claim is about — unless it owns the noun that follows ("Washington's relations").
     */
    private boolean topicOf(Mention m) {
        if (m.last() < text.tokens.size() && text.tokens.get(m.last()).word().equals("'s")) {
            // "Washington's relations" acts; "curbing Tehran's ambitions" is the object of a verb
            return m.first() > 0 && text.tokens.get(m.first() - 1).pos().equals("VBG");
        }
        int k = m.first() - 1;
        while (k >= 0 && text.tokens.get(k).sentence() == m.sentence()) {
            var t = text.tokens.get(k);
            final int at = k;
            boolean inMention = text.mentions.stream().anyMatch(o -> o.first() <= at && at < o.last());
            if (inMention || t.is("and", "or", ",", "the", "neighboring", "neighbouring") || t.pos().equals("JJ")) {
                k--;
                continue;
            }
            return ABOUT.contains(t.word().toLowerCase());
        }
        return false;
    }

    private String modality(Cues.Hit anchor, Speaker speaker, int[] sentence) {
        for (int k = Math.max(sentence[0], anchor.first() - 4); k < anchor.first(); k++) {
            if (NEGATION.contains(text.tokens.get(k).lemma().toLowerCase())) {
                return "DENIED";
            }
        }

        for (int k = Math.max(sentence[0], anchor.first() - 4); k < anchor.last(); k++) {
            var t = text.tokens.get(k);
            boolean attempt = k > sentence[0] && text.tokens.get(k - 1).is("try", "attempt", "seek");
            if (PLANNING.contains(t.lemma().toLowerCase())
                    || (t.is("to") && !attempt && k + 1 < sentence[1] && text.tokens.get(k + 1).pos().equals("VB"))) {
                return "PLANNED";
            }
        }
        if (speaker != null && !speaker.joint()) {
            return "REPORTED";
        }
        return "ASSERTED";
    }

    static String polarityName(String kind) {
        return switch (polarity(kind)) {
            case 1 -> "positive";
            case -1 -> "negative";
            default -> "neutral";
        };
    }

    static boolean reporting(Token t) {
        return t.verb() && REPORTING.contains(t.lemma().toLowerCase());
    }
}
