package org.entente.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.mentions.Resolver;
import org.entente.extract.rules.Actors;
import org.entente.extract.rules.Text;
import org.entente.facts.Facts;

/**
 * Whom a person speaks for, when the article shows it by the words he carries rather than by a title: "The Deputy
 * Secretary expressed the United States' sincere condolences", "the envoy conveyed our support" (in a statement of a
 * government, "our" is its state); and the author of a government's statement (its byline, "attributable to …") is
 * that government's official. A person whose state nothing else gives then acts for that state in the claims
 * ({@link Actors#stateOf}), and works for it ({@code WORKS_FOR}, the sentence as evidence).
 *
 * <p>Only a message that a state owns and a person delivers counts: a conveying verb ("express", "convey", "raise" …)
 * whose object is a state's position, concern, support, condolences …. "Obama criticized Russia's actions" makes
 * nobody Russian.
 */
public final class Voices {

    private static final Set<String> CONVEYING = Set.of("express", "convey", "extend", "raise", "reiterate", "reaffirm", "voice",
            "relay", "deliver", "restate", "underscore", "underline", "emphasize", "stress", "present", "outline", "offer", "pledge");
    private static final Set<String> MESSAGES = Set.of("condolence", "concern", "support", "position", "commitment", "gratitude",
            "thanks", "appreciation", "congratulation", "sympathy", "view", "message", "opposition", "solidarity", "readiness",
            "willingness", "desire", "hope", "stance", "objection", "protest", "regret", "wish", "greeting", "invitation");

    /**
     * Posts of international bodies, which place their holder in no state: "Special Representative of the
     * Secretary-General Joseph Mutaboba" (the Guinea-Bissau dev text) is no official of the government that publishes.
     */
    private static final java.util.regex.Pattern INTERNATIONAL_TITLES = java.util.regex.Pattern.compile(
            "(?i)(under-)?secretary-general|director-general|srsg|rapporteur|high commissioner");
    /** Titles that every state has, which place their holder in none: "President X" in a statement may be anyone's. */
    private static final Set<String> UNPLACED_TITLES = Set.of("president", "king", "queen", "prince", "emir", "sheikh", "chancellor",
            "premier", "counterpart", "prime", "minister", "foreign");

    private Voices() {
    }

    private static boolean international(org.entente.extract.mentions.Token t) {
        return INTERNATIONAL_TITLES.matcher(t.word()).matches();
    }

    /**
     * Records in {@code text.affiliations} the state each otherwise unaffiliated person speaks for, and returns the
     * {@code WORKS_FOR} relationships that say so.
     *
     * @param publisher who publishes the text; a government body's state owns its "our"
     */
    public static List<Facts.Relationship> find(Text text, Parse parse, Gazetteer gazetteer, Resolver.Result resolved, String publisher) {
        var publisherState = EventFinder.publisherState(gazetteer, publisher);
        var found = new ArrayList<Facts.Relationship>();
        if (publisherState != null) {
            found.addAll(authors(text, gazetteer, resolved, publisherState));
            found.addAll(officials(text, gazetteer, resolved, publisherState));
        }
        for (var sentence : text.sentences) {
            if (!text.readable(sentence) || text.question(sentence)) {
                continue;
            }
            for (int v = sentence[0]; v < sentence[1]; v++) {
                if (!text.tokens.get(v).pos().startsWith("VB") || !CONVEYING.contains(lemma(text, v))) {
                    continue;
                }
                var state = owner(text, v, sentence[1], publisherState);
                if (state == null) {
                    continue;
                }
                for (int subject : parse.dependents(v, "nsubj")) {
                    var person = text.namedAt(subject);
                    if (person == null || person.entity() == null || !person.entity().startsWith("person:")
                            || Actors.stateOf(person, text, gazetteer, resolved) != null) {
                        continue;
                    }
                    text.affiliations.put(person.entity(), state);
                    found.add(new Facts.Relationship(null, "WORKS_FOR", person.entity(), state, Map.of(),
                            text.evidence(sentence, sentence[0], sentence[1]), 0.7));
                }
            }
        }
        return found;
    }

    /**
     * The author of a government's statement works for that government and speaks for it: the byline "Antony J.
     * Blinken, Secretary of State" (a line of a name, a comma and a title, no verb; a title may open it) gives both;
     * the formula "The below is attributable to Spokesperson Ned Price" (who then speaks for the state). Only a government publisher's own lines count; a name in
     * a newspaper's byline is a reporter's.
     */
    private static List<Facts.Relationship> authors(Text text, Gazetteer gazetteer, Resolver.Result resolved, String state) {
        var found = new ArrayList<Facts.Relationship>();
        for (var sentence : text.sentences.subList(0, Math.min(4, text.sentences.size()))) {
            if (sentence[1] - sentence[0] > 16) {
                continue;
            }
            for (var m : text.mentionsIn(sentence[0], sentence[1])) {
                if (m.entity() == null || !m.entity().startsWith("person:")) {
                    continue;
                }
                var known = Actors.stateOf(m, text, gazetteer, resolved);
                if (known != null && !known.equals(state)) {
                    continue;
                }
                String type = null;
                String role = null;
                boolean verbless = text.tokens(sentence).stream().noneMatch(t -> t.pos().startsWith("VB"));
                // "Ambassador Richard Mills, Deputy U.S. Representative to the United Nations": a title may come first
                boolean titledOnly = java.util.stream.IntStream.range(sentence[0], m.first())
                        .allMatch(i -> text.tokens.get(i).capitalized() && org.entente.extract.mentions.Offices.title(text.tokens.get(i)));
                if (titledOnly && m.last() < sentence[1] && text.tokens.get(m.last()).word().equals(",") && verbless) {
                    type = "WORKS_FOR"; // "Antony J. Blinken, Secretary of State"
                    role = text.body(m.last() + 1, sentence[1]).replaceAll("[\\s:.]+$", "");
                } else if (m.first() >= sentence[0] + 2 && text.body(sentence[0], m.first()).toLowerCase(Locale.ROOT).matches(".*\\battributable to\\b.*")) {
                    type = "SPEAKS_FOR"; // "The below is attributable to Spokesperson Ned Price:"
                    int title = m.first();
                    while (title > sentence[0] && org.entente.extract.mentions.Offices.title(text.tokens.get(title - 1))) {
                        title--;
                    }
                    role = title < m.first() ? text.body(title, m.first()).toLowerCase(Locale.ROOT) : null;
                }
                if (type != null) {
                    text.affiliations.putIfAbsent(m.entity(), state);
                    var props = role == null || role.isBlank() ? Map.<String, Object>of() : Map.<String, Object>of("role", role);
                    var evidence = text.evidence(sentence, sentence[0], sentence[1]);
                    found.add(new Facts.Relationship(null, type, m.entity(), state, props, evidence, 0.9));
                    if (type.equals("WORKS_FOR")) {
                        // the statement is the government's, in its official's words: he speaks for it in it
                        found.add(new Facts.Relationship(null, "SPEAKS_FOR", m.entity(), state, props, evidence, 0.9));
                    }
                }
            }
        }
        return found;
    }

    /**
     * In a government's own statement, an official it names by a title that places him in no other state works for that
     * government: "Special Representative for Afghanistan Thomas West led the delegation" in a State Department
     * release is an American official. Not someone named by an occupation in lower case ("journalist Evan
     * Gershkovich", "human rights lawyer X"), nor a head of state or government ("President X", "King Y"), whose title does
     * not say which state, nor a title with another state's name or demonym ("Iraqi Foreign Minister X"), nor anyone
     * the gazetteer or the text already places.
     */
    private static List<Facts.Relationship> officials(Text text, Gazetteer gazetteer, Resolver.Result resolved, String state) {
        // one relationship for each person placed; none for anyone another of his titles places elsewhere ("State
        // Councilor Wang" after "Foreign Minister Wang Yi")
        var placed = new java.util.LinkedHashMap<String, Facts.Relationship>();
        var elsewhere = new java.util.HashSet<String>();
        for (var m : text.mentions) {
            if (m.entity() == null || !m.entity().startsWith("person:")
                    || text.affiliations.containsKey(m.entity()) || Actors.stateOf(m, text, gazetteer, resolved) != null) {
                continue;
            }
            int k = m.first();
            boolean titled = false;
            boolean foreign = false;
            // a demonym in the title places the official in another state, unless a "for" of the office comes before
            // it: "Assistant Secretary for African Affairs" is the office's portfolio, not another state
            boolean demonym = false;
            while (k > 0 && text.tokens.get(k - 1).sentence() == m.sentence()) {
                var t = text.tokens.get(k - 1);
                var inside = text.namedAt(k - 1);
                if (t.is("for") && k > 1 && org.entente.extract.mentions.Offices.title(text.tokens.get(k - 2))) {
                    demonym = false;
                    k--;
                    continue;
                }
                if (inside != null && inside.entity() != null) {
                    int before = inside.first() - 1;
                    if (before > 0 && text.tokens.get(before).is("for", "to") && org.entente.extract.mentions.Offices.title(text.tokens.get(before - 1))) {
                        k = before; // "Special Representative for Afghanistan", "Ambassador to Russia": the state the office deals with
                        continue;
                    }
                    var other = Actors.stateOf(inside, text, gazetteer, resolved);
                    foreign |= other == null || !other.equals(state);
                    k = inside.first();
                } else if ((org.entente.extract.mentions.Offices.title(t) && t.capitalized()) || international(t)) {
                    // an office is capitalized before a name ("Special Envoy X"); an occupation is not ("journalist X",
                    // "activist X", "lawyer X"), and works for no government the text says
                    titled = true;
                    // "President-elect Macri", "Prime Minister-designate al-Abadi": the office he is about to hold
                    foreign |= UNPLACED_TITLES.contains(t.word().toLowerCase(Locale.ROOT).replaceFirst("-(elect|designate)$", ""))
                            || international(t);
                    k--;
                } else if (t.capitalized() && (t.pos().startsWith("NNP") || t.pos().equals("JJ")) && !t.ner().equals("DATE")) {
                    demonym |= text.tokens.get(k - 1).ner().equals("NATIONALITY");
                    k--;
                } else {
                    break;
                }
            }
            if (titled && (foreign || demonym)) {
                elsewhere.add(m.entity());
            }
            if (!titled || foreign || demonym || placed.containsKey(m.entity())) {
                continue;
            }
            int[] sentence = text.sentences.get(m.sentence());
            placed.put(m.entity(), new Facts.Relationship(null, "WORKS_FOR", m.entity(), state,
                    Map.of("role", text.body(k, m.first()).trim()), text.evidence(sentence, sentence[0], sentence[1]), 0.6));
        }
        var found = new ArrayList<Facts.Relationship>();
        placed.forEach((person, relationship) -> {
            if (!elsewhere.contains(person)) {
                text.affiliations.put(person, state);
                found.add(relationship);
            }
        });
        return found;
    }

    /**
     * The state that owns the message conveyed by verb {@code v}, or null: the words right after the verb are a state's
     * or "our", then adjectives, then a message noun ("expressed the United States' sincere condolences", "conveyed our
     * concerns"). Read on the words, not on the parse, which often hangs such an object on a later verb.
     */
    private static String owner(Text text, int v, int end, String publisherState) {
        int t = v + 1;
        if (t < end && text.tokens.get(t).pos().equals("DT")) {
            t++;
        }
        String owner = null;
        var m = t < end ? text.namedAt(t) : null;
        if (m != null && m.entity() != null && m.entity().startsWith("country:")) {
            owner = m.entity();
            t = m.last();
            if (t >= end || !text.tokens.get(t).possessive()) {
                return null;
            }
            t++;
        } else if (t < end && text.tokens.get(t).word().toLowerCase(Locale.ROOT).equals("our") && publisherState != null) {
            owner = publisherState;
            t++;
        }
        if (owner == null) {
            return null;
        }
        while (t < end && text.tokens.get(t).pos().matches("JJ.*|RB.*")) {
            t++;
        }
        return t < end && text.tokens.get(t).pos().startsWith("NN") && MESSAGES.contains(lemma(text, t)) ? owner : null;
    }

    private static String lemma(Text text, int token) {
        return text.tokens.get(token).lemma().toLowerCase(Locale.ROOT);
    }
}
