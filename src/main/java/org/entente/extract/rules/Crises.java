package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.facts.Facts;

/**
 * What a claim that names nothing to be about is about, when the article has placed a crisis ("the ongoing crisis in
 * Ethiopia's Tigray region"): "the crisis", "the conflict", "the war" named only by what it is refers to the last crisis
 * placed ("The United States reiterates its calls for a durable, political solution to the crisis"); and a stance
 * that names nothing at all (a condemnation, an appeal, sanctions: "The United States condemns the killings") is a
 * stance on it. Agreements, cooperation and meetings are not (they need not be about the crisis).
 *
 * <p>Not when the phrase places itself ("the war in Georgia", "the conflict between Russia and Georgia"), and
 * nothing when no crisis was placed before the claim.
 */
public final class Crises {

    private static final Set<String> CRISES = Set.of("crisis", "conflict", "war", "fighting", "hostilities", "violence", "clashes",
            "insurgency", "emergency");
    /** Kinds of claim that take a stance on a crisis (a condemnation, an appeal, sanctions) rather than a deal. */
    private static final Set<String> STANCES = Set.of("STATEMENT", "DISAGREEMENT", "CONFLICT");
    private static final Set<String> PLACING = Set.of("in", "over", "between", "of", "with", "on");

    private Crises() {
    }

    /** The claims, those with nothing to be about and a bare "the crisis" about the crisis placed before. */
    public static List<Facts.Claim> about(Text text, List<Facts.Claim> claims) {
        var referents = new HashMap<Integer, Set<String>>(); // sentence start offset -> what its bare "the crisis" refers to
        var defaults = new HashMap<Integer, Set<String>>(); // sentence start offset -> the crisis placed last before it
        Set<String> placed = Set.of();
        for (var sentence : text.sentences) {
            int key = text.evidence(sentence, sentence[0], sentence[1]).start(); // where the claims of the sentence start
            for (int t = sentence[0]; t < sentence[1]; t++) {
                var token = text.tokens.get(t);
                if (!token.noun() || !token.is(CRISES.toArray(String[]::new))) {
                    continue;
                }
                var places = places(text, t + 1, sentence[1]);
                if (!places.isEmpty()) {
                    placed = places;
                } else if (t > sentence[0] && text.tokens.get(t - 1).is("the") && !placed.isEmpty()
                        && (t + 1 >= sentence[1] || !PLACING.contains(text.tokens.get(t + 1).word().toLowerCase(Locale.ROOT)))) {
                    referents.putIfAbsent(key, placed);
                }
            }
            if (!placed.isEmpty()) {
                defaults.putIfAbsent(key, placed);
            }
        }
        var out = new ArrayList<Facts.Claim>();
        for (var c : claims) {
            var referent = !c.about().isEmpty() ? null
                    : referents.getOrDefault(c.evidence().start(), STANCES.contains(c.kind()) ? defaults.get(c.evidence().start()) : null);
            if (referent == null) {
                out.add(c);
                continue;
            }
            var about = new LinkedHashSet<>(referent);
            c.parties().forEach(p -> about.remove(p.id()));
            out.add(about.isEmpty() ? c : new Facts.Claim(c.id(), c.kind(), c.parties(), List.copyOf(about), c.topic(), c.summary(),
                    c.date(), c.modality(), c.evidence(), c.attributedTo(), c.confidence(), c.cameo(), c.goldstein()));
        }
        return out;
    }

    /** The places and states of an "in …" or "over …" phrase right after a crisis noun: "in Ethiopia's Tigray region". */
    private static Set<String> places(Text text, int from, int end) {
        var places = new LinkedHashSet<String>();
        if (from >= end || !Set.of("in", "over").contains(text.tokens.get(from).word().toLowerCase(Locale.ROOT))) {
            return places;
        }
        for (int t = from + 1; t < Math.min(end, from + 8); t++) {
            var token = text.tokens.get(t);
            var m = text.namedAt(t);
            if (m != null && m.entity() != null && (m.entity().startsWith("place:") || m.entity().startsWith("country:"))) {
                places.add(m.entity());
            } else if (m == null && !token.pos().matches("DT|JJ.*|NN.*|CC|,") && !token.possessive()) {
                break; // the noun phrase has ended
            }
        }
        return places;
    }
}
