package org.entente.extract.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Resolver;
import org.entente.facts.Facts;

/**
 * The parties of a claim: the states acting in its clause — not those a preposition makes the topic ("on
 * Afghanistan"), nor "pro-Moscow" — or, for a meeting or a personal rapport, the persons; a joint statement and "the
 * two sides" stand for the article's two main states; a spokesperson's statement is that of the body they speak for.
 */
final class Parties {

    /** Prepositions before a state that make it the topic ("on Afghanistan") rather than an actor. */
    private static final Set<String> ABOUT = Set.of("on", "in", "about", "over", "regarding", "concerning", "into", "at", "toward",
            "towards", "across", "within", "throughout", "of", "to");

    private final Gazetteer gazetteer;
    private final Text text;
    private final Resolver.Result resolved;
    private final Set<String> pair;
    private final List<Facts.Relationship> relationships;
    private final java.util.function.IntPredicate discussed;

    Parties(Gazetteer gazetteer, Text text, Resolver.Result resolved, List<Facts.Relationship> relationships,
            java.util.function.IntPredicate discussed) {
        this.discussed = discussed;
        this.gazetteer = gazetteer;
        this.text = text;
        this.resolved = resolved;
        this.pair = Actors.pair(text, gazetteer, resolved);
        this.relationships = relationships;
    }

    /** A spokesperson's statement is the statement of the body they speak for ("White House spokesman Robert Gibbs"). */
    String voiceOf(String speaker) {
        return relationships.stream().filter(r -> r.from().equals(speaker) && (r.type().equals("SPEAKS_FOR")
                        || (r.type().equals("WORKS_FOR") && String.valueOf(r.properties().get("role")).matches(".*(press|spokes).*"))))
                .map(Facts.Relationship::to).findFirst().orElse(speaker);
    }

    Set<String> of(int index, int[] sentence, String kind, boolean personal, Speaker speaker, int from, int to) {
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
                } else if (fights(m)) {
                    parties.add(m.entity());
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
            var previous = text.sentences.get(index - 1);
            if (text.heading(previous)) {
                return parties;
            }
            if (parties.isEmpty() && pair.size() == 2 && Actors.mentionsPair(text, previous[0], previous[1])
                    && text.tokens(sentence).stream().anyMatch(t -> t.is("they", "them", "their", "both"))) {
                return new LinkedHashSet<>(pair); // "The two presidents acknowledged … But they held out …"
            }
            if (parties.size() == 1 && pair.size() == 2 && pair.containsAll(parties)
                    && Set.of("COOPERATION", "AGREEMENT", "NEGOTIATION").contains(kind)) {
                // "the Deputy Secretary affirmed the importance of cooperation" in a readout of U.S.-China talks: the
                // other side is the article's other main state (a condemnation names whom it condemns)
                return new LinkedHashSet<>(pair);
            }
            if (!parties.isEmpty()) {
                // "Moscow ... has staunchly opposed this": the other side is the actor of the sentence before
                actors(previous[0], previous[1]).stream().filter(a -> !parties.contains(a)).findFirst().ifPresent(parties::add);
            }
        }
        return parties;
    }

    /**
     * Who else fights: armed groups and forces ("ISIL", "the Russian Armed Forces", an organization the gazetteer does not know), and a
     * breakaway region, as a party of its own ("Tbilisi tried to recapture … South Ossetia").
     */
    private boolean fights(Mention m) {
        var draft = m.entity() == null ? null : resolved.entities().get(m.entity());
        if (draft == null) {
            return false;
        }
        if (draft.kind.equals("Organization")) {
            if (draft.known == null) {
                // an organization the gazetteer does not know fights when its name says it is armed
                return draft.name.matches("(?i).*\\b(forces?|army|brigades?|battalions?|front|militias?|regiments?|divisions?|guards?|corps|units?)$");
            }
            return Set.of("militant group", "armed forces").contains(String.valueOf(draft.known.properties().get("orgType")));
        }
        return draft.kind.equals("Place") && draft.known != null && draft.known.link("country") != null
                && !resolved.partOf().containsKey(m.entity());
    }

    /** The states acting in tokens [from, to): not those a preposition makes the topic, nor "pro-Moscow". */
    private Set<String> actors(int from, int to) {
        var states = new LinkedHashSet<String>();
        for (var m : text.mentionsIn(from, to)) {
            if (!modifierOnly(m) && !topicOf(m)) {
                var state = Actors.stateOf(m, text, gazetteer, resolved);
                if (state != null) {
                    states.add(state);
                } else if (alliance(m) && !(m.first() > 0 && text.tokens.get(m.first() - 1).verb())) {
                    states.add(m.entity()); // "Russia and NATO traded accusations"; not "Georgia joining NATO"
                }
            }
        }
        if (Actors.mentionsPair(text, from, to)) {
            states.addAll(pair);
        }
        return states;
    }

    /** An intergovernmental organization, which takes sides like a state (NATO, the EU, the UN). */
    private boolean alliance(Mention m) {
        var draft = m.entity() == null ? null : resolved.entities().get(m.entity());
        return draft != null && draft.known != null && "intergovernmental".equals(draft.known.properties().get("orgType"));
    }

    /** "pro-Moscow", "anti-American": a stance word, not an actor. */
    private boolean modifierOnly(Mention m) {
        return m.first() > 0 && text.tokens.get(m.first() - 1).is("pro", "anti");
    }

    /**
     * A state after a preposition such as "on", "in", "about", "of", or "including" and "such as" (through a
     * coordination: "in Afghanistan and Pakistan") is what the claim is about — unless it owns the noun that follows ("Washington's relations").
     */
    boolean topicOf(Mention m) {
        if (discussed.test(m.first())) {
            return true; // "discussed Russia's aggression against Ukraine": what is talked about
        }
        if (m.last() < text.tokens.size() && text.tokens.get(m.last()).word().equals("'s")) {
            // "Washington's relations" acts; "curbing Tehran's ambitions" is the object of a verb
            return m.first() > 0 && text.tokens.get(m.first() - 1).pos().equals("VBG");
        }
        int k = m.first() - 1;
        while (k >= 0 && text.tokens.get(k).sentence() == m.sentence()) {
            var t = text.tokens.get(k);
            if (text.inMention(k) || t.is("and", "or", ",", "the", "neighboring", "neighbouring") || t.pos().equals("JJ")) {
                k--;
                continue;
            }
            // an aside in brackets is no preposition ("efforts of the Mission (UNITAMS), the African Union (AU)"): the
            // walk goes on before it, and a name's acronym in brackets is the topic where the name is
            int open = bracketOpening(k, m.sentence());
            if (open >= 0 || t.opensBracket()) {
                k = (open >= 0 ? open : k) - 1;
                continue;
            }
            // examples in a list are what the claim is about: "regional concerns including DPRK, Iran and Burma",
            // "areas such as Afghanistan" (not "Russia as well as China")
            // an office "for" a state deals with it: "Special Representative for Afghanistan Thomas West"
            return ABOUT.contains(t.word().toLowerCase()) || t.is("including")
                    || (t.is("for") && k > 0 && org.entente.extract.mentions.Offices.title(text.tokens.get(k - 1)))
                    || (t.is("as") && k > 0 && text.tokens.get(k - 1).is("such"));
        }
        return false;
    }

    /** Where the bracketed aside that closes at token {@code k} opens, within the sentence; -1 if none closes there. */
    private int bracketOpening(int k, int sentence) {
        if (!text.tokens.get(k).closesBracket()) {
            return -1;
        }
        for (int i = k - 1; i >= 0 && k - i <= 12 && text.tokens.get(i).sentence() == sentence; i--) {
            if (text.tokens.get(i).opensBracket()) {
                return i;
            }
        }
        return -1;
    }
}
