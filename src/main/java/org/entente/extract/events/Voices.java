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
 * government, "our" is its state). A person whose state nothing else gives then acts for that state in the claims
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

    private Voices() {
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
            if (t >= end || !possessive(text, t)) {
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

    /** "'s", "'", "’" (which the tagger may take for a quotation mark). */
    private static boolean possessive(Text text, int t) {
        return text.tokens.get(t).pos().equals("POS") || text.tokens.get(t).word().matches("['’]s?");
    }

    private static String lemma(Text text, int token) {
        return text.tokens.get(token).lemma().toLowerCase(Locale.ROOT);
    }
}
