package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Resolver;
import org.entente.extract.mentions.Token;
import org.entente.facts.Facts;

/**
 * Claims from sentences. A cue word says what kind of claim a sentence makes (cues.txt); nearby cues of one kind make
 * one claim, far-apart ones several. The parties are the states acting in the sentence (or the persons, for a
 * meeting); what else the sentence names is what the claim is about. A reporting verb makes the claim REPORTED and
 * attributed to its speaker; a joint statement speaks for the pair and, unless it concedes a disagreement, states an
 * agreement; negation makes a claim DENIED, and "will", "agreed to", "instructed" make it PLANNED.
 */
public final class ClaimRules {

    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "announce", "state", "concede", "acknowledge",
            "note", "stress", "insist", "claim", "indicate", "believe", "declare", "confirm", "deny", "argue", "warn");
    /** "it is premature to declare that a thaw is under way": no thaw is claimed, nor denied. */
    private static final Set<String> HEDGES = Set.of("premature", "too early", "too soon");
    /** Cues of a personal relation: the persons are the parties, not their states. */
    private static final Set<String> PERSONAL = Set.of("rapport", "language", "friendship", "chemistry");
    private final java.util.Map<Facts.Claim, Integer> sentenceOf = new java.util.IdentityHashMap<>();

    private final IntPredicate deniedAbove;
    private final IntPredicate discussed;
    private final Gazetteer gazetteer;
    private final Text text;
    private final Resolver.Result resolved;
    private final Parties parties;
    private final CueGroups cueGroups;
    private final IntPredicate parsed;
    /** The back-off's exemplars, loaded at the first sentence that needs them (not for a text none of whose sentences does). */
    private Optional<Exemplars> exemplars;
    /** The curated texts this one is, if any, whose exemplars do not code it (found at the first back-off). */
    private Set<String> ownSources;

    /**
     * {@code deniedAbove}: whether the sentence's parse puts a word under a negation or refusal that governs it from
     * above ("will not allow its territory to be used to <i>attack</i> Ukraine", "refused to let North Korea
     * <i>threaten</i> Japan"): a cue word there names what did not happen, and the cue table leaves that sentence to the
     * parse, unless its own look at the words before the cue reads the negation too ("failed to agree": a denied
     * agreement). {@code parsed}: whether the parse found a claim in a sentence (by its index) or the verb dictionary
     * a pattern; where neither that nor the cue table does, the nearest curated sentences may code it ({@link Exemplars}).
     */
    public ClaimRules(Gazetteer gazetteer, Text text, Resolver.Result resolved, List<Facts.Relationship> relationships,
                      IntPredicate deniedAbove, IntPredicate discussed, IntPredicate parsed) {
        this.parsed = parsed;
        this.deniedAbove = deniedAbove;
        this.discussed = discussed;
        this.gazetteer = gazetteer;
        this.text = text;
        this.resolved = resolved;
        this.parties = new Parties(gazetteer, text, resolved, relationships, discussed);
        this.cueGroups = new CueGroups(gazetteer, text, resolved, parties);
    }

    public List<Facts.Claim> find() {
        var claims = new ArrayList<Facts.Claim>();
        for (int s = 0; s < text.sentences.size(); s++) {
            var sentence = text.sentences.get(s);
            if (!text.readable(sentence) || sentence[1] - sentence[0] < 4 || text.question(sentence)) {
                continue; // a question takes no stance
            }
            var speaker = Speaker.of(text, sentence);
            var cues = cueGroups.cues(sentence);
            cues.removeIf(c -> discussed.test(c.first())); // "discussed the international community's support": a topic
            if (cues.isEmpty() && speaker != null && speaker.joint()) {
                cues.add(new Cues.Hit(new Cues.Cue(new String[] {"statement"}, "AGREEMENT", "019", 3.4), speaker.verb(), speaker.verb() + 1));
            }
            if (cues.isEmpty() && speaker != null && speaker.entity() != null) {
                cues.add(new Cues.Hit(new Cues.Cue(new String[] {"say"}, "STATEMENT", "010", 0.0), speaker.verb(), speaker.verb() + 1));
            }
            if (cues.isEmpty() && !parsed.test(s)) {
                // the last resort: no cue word, no speaker, no verb the dictionary codes
                backOff(sentence, speaker).ifPresent(cues::add);
            }
            var groups = cueGroups.group(cues);
            for (int g = 0; g < groups.size(); g++) {
                int from = g == 0 ? sentence[0] : (groups.get(g - 1).get(groups.get(g - 1).size() - 1).last() + groups.get(g).get(0).first()) / 2;
                int to = g == groups.size() - 1 ? sentence[1] : (groups.get(g).get(groups.get(g).size() - 1).last() + groups.get(g + 1).get(0).first()) / 2;
                var claim = claim(s, sentence, groups.get(g), speaker, from, to);
                boolean backedOff = Exemplars.coded(groups.get(g).get(0).cue());
                if (claim != null && !mergedInto(claims, claim) && !continues(claims, claim, s) && !(backedOff && repeats(claims, claim, s))) {
                    claims.add(claim);
                    sentenceOf.put(claim, s);
                }
            }
        }
        return claims;
    }

    /**
     * The back-off's cue for a sentence with no cue word, no speaker and no verb the dictionary codes: the kind the
     * nearest curated sentences give it, placed on the verb of an unnamed speaker, else on the sentence's first verb
     * (none: no claim).
     */
    private Optional<Cues.Hit> backOff(int[] sentence, Speaker speaker) {
        int verb = speaker != null ? speaker.verb() : -1;
        for (int k = sentence[0]; k < sentence[1] && verb < 0; k++) {
            if (text.tokens.get(k).pos().startsWith("VB")) {
                verb = k;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        if (exemplars == null) {
            exemplars = Exemplars.shared();
        }
        if (exemplars.isEmpty()) {
            return Optional.empty();
        }
        if (ownSources == null) {
            ownSources = exemplars.get().sourcesOf(text.sentences.stream().map(x -> text.body(x[0], x[1])).toList());
        }
        int at = verb;
        return exemplars.get().code(text.body(sentence[0], sentence[1]), ownSources).map(cue -> new Cues.Hit(cue, at, at + 1));
    }

    /**
     * A claim the back-off coded that the sentence before has already made, of the same kind between the same parties,
     * is one stance said in two sentences ("Russia has a significant amount of distrust for America. And the United
     * States, for its part, also has a basis for not completely trusting Russia."): one claim.
     */
    private boolean repeats(List<Facts.Claim> claims, Facts.Claim claim, int sentence) {
        if (claims.isEmpty()) {
            return false;
        }
        var last = claims.get(claims.size() - 1);
        return sentenceOf.get(last) == sentence - 1 && last.kind().equals(claim.kind()) && partyIds(last).equals(partyIds(claim));
    }

    /** The ids of a claim's parties, as a set: who takes part, whatever their order or sides. */
    public static Set<String> partyIds(Facts.Claim claim) {
        return claim.parties().stream().map(Facts.Party::id).collect(java.util.stream.Collectors.toSet());
    }

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

    public static int polarity(String kind) {
        return switch (kind) {
            case "AGREEMENT", "COOPERATION" -> 1;
            case "DISAGREEMENT", "CONFLICT" -> -1;
            default -> 0;
        };
    }

    /**
     * The kind of a claim with one party: agreeing, disagreeing, negotiating and cooperating take a counterpart, so one
     * actor's condemnation or welcome ("The United States strongly condemns the attacks") is a STATEMENT of its own,
     * whose CAMEO code still says what kind of statement; a meeting and a fight keep their kind ("Twelve villagers died
     * in clashes in the district" is a CONFLICT about the district).
     */
    public static String alone(String kind) {
        return Set.of("AGREEMENT", "DISAGREEMENT", "NEGOTIATION", "COOPERATION").contains(kind) ? "STATEMENT" : kind;
    }

    private Facts.Claim claim(int index, int[] sentence, List<Cues.Hit> cues, Speaker speaker, int from, int to) {
        if (cues.stream().anyMatch(c -> deniedAbove.test(c.first()) && !Modality.denied(text, c, sentence))) {
            return null;
        }
        var anchor = strongest(cues);
        var kind = anchor.cue().kind();
        if (speaker != null && speaker.joint() && kind.equals("STATEMENT")) {
            kind = "AGREEMENT";
        }
        boolean personal = cues.stream().anyMatch(c -> PERSONAL.contains(text.tokens.get(c.last() - 1).lemma().toLowerCase()));
        var parties = this.parties.of(index, sentence, kind, personal, speaker, from, to);
        if (parties.size() == 1 && parties.iterator().next().startsWith("country:") && !kind.equals(alone(kind))) {
            // "The United States strongly condemns the attacks": one state's stance, a statement of its own
            kind = alone(kind);
        } else if (parties.isEmpty() || (parties.size() < 2 && !kind.equals("STATEMENT"))) {
            if (speaker == null || speaker.entity() == null || kind.equals("STATEMENT")) {
                return null;
            }
            kind = "STATEMENT";
            parties = new LinkedHashSet<>(List.of(this.parties.voiceOf(speaker.entity())));
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
        var modality = Modality.of(text, anchor, speaker, sentence);
        var evidence = text.evidence(sentence, sentence[0], sentence[1]);
        var partyList = parties.stream().map(id -> new Facts.Party(id, null)).toList();
        return new Facts.Claim(null, kind, partyList, List.copyOf(about), Topics.topic(text, anchor, to, parties, about, resolved),
                null, Dates.claimDate(text, sentence, from, to), modality, evidence,
                modality.equals("REPORTED") && speaker != null ? speaker.entity() : null,
                Exemplars.coded(anchor.cue()) ? Exemplars.CONFIDENCE : parties.size() >= 2 || kind.equals("STATEMENT") ? 0.8 : 0.6,
                anchor.cue().cameo(), anchor.cue().goldstein());
    }

    private boolean hedged(int[] sentence, Cues.Hit anchor) {
        var before = text.body(sentence[0], anchor.first()).toLowerCase();
        return HEDGES.stream().anyMatch(before::contains);
    }

    private Set<String> about(Set<String> parties, Speaker speaker, int from, int to) {
        var about = new LinkedHashSet<String>();
        for (var m : text.mentionsIn(from, to)) {
            if (m.entity() != null && !inSpeakerPhrase(m, speaker) && !parties.contains(m.entity()) && (speaker == null || !m.entity().equals(speaker.entity()))
                    && !parties.contains(this.parties.voiceOf(m.entity()))
                    && !(m.category().equals("PERSON") && parties.contains(Actors.stateOf(m, text, gazetteer, resolved)))) {
                // an official who acts for a party ("The Deputy Secretary raised …" for the United States) is no topic
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

    public static boolean reporting(Token t) {
        return t.verb() && REPORTING.contains(t.lemma().toLowerCase());
    }
}
