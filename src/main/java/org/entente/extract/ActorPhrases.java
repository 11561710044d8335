package org.entente.extract;

import java.util.List;
import java.util.Set;

/**
 * Actor phrases: groups and officials named by what they are rather than by name — "Russian troops", "coalition
 * forces", "the Iraqi government", "the regime", "a senior U.S. official". The head is an agent noun of the CAMEO
 * agents dictionary (or one of a few collective nouns it lacks); the phrase takes in the adjectives, names and
 * demonyms before it. They name no entity of their own: a
 * demonym inside ("Russian troops") is a mention of its own, which is how the stance rules find the country.
 */
final class ActorPhrases {

    /** Nouns for a body of people, which the agents dictionary files as individuals or lacks. */
    private static final Set<String> COLLECTIVE = Set.of("force", "forces", "government", "regime", "army", "military", "coalition",
            "administration", "police", "militia", "alliance", "cabinet", "navy", "opposition", "leadership", "authority",
            "authorities", "ministry", "parliament", "troops", "troop", "group", "unit", "command", "junta", "community");
    /** Agent sectors that make an actor (CAMEO: government, military, rebels, opposition, police, legislature …). */
    private static final Set<String> ACTORS = Set.of("GOV", "MIL", "REB", "OPP", "UAF", "SPY", "LEG", "JUD", "COP", "INS", "IGO",
            "PTY", "MOD", "RAD", "CVL", "REF", "MED", "ELI");
    private static final Set<String> NOT_ACTORS = Set.of("people", "part", "country", "side", "issue", "way", "state");

    private ActorPhrases() {
    }

    /** Adds the actor phrases of the text to {@code found}, which holds the resolved named mentions. */
    static void find(List<Token> tokens, String body, Gazetteer gazetteer, List<Mention> found) {
        var taken = new boolean[tokens.size()];
        found.forEach(m -> java.util.Arrays.fill(taken, m.first(), m.last(), true));
        for (int i = 0; i < tokens.size(); i++) {
            var head = tokens.get(i);
            if (taken[i] || !head.noun() || head.pos().startsWith("NNP") || !isAgent(head, gazetteer)
                    || (i + 1 < tokens.size() && tokens.get(i + 1).noun() && tokens.get(i + 1).sentence() == head.sentence())) {
                continue;
            }
            int first = i;
            while (first > 0 && tokens.get(first - 1).sentence() == head.sentence() && modifier(tokens.get(first - 1))) {
                first--;
            }
            if (first > 0 && tokens.get(first - 1).is("the") && tokens.get(first - 1).sentence() == head.sentence()) {
                first--;
            }
            var start = tokens.get(first);
            boolean individual = head.pos().equals("NN") && !COLLECTIVE.contains(head.lemma().toLowerCase());
            if (first == i && !head.pos().equals("NNS") && !COLLECTIVE.contains(head.word().toLowerCase())) {
                continue; // a bare singular "official" is too vague to count
            }
            found.add(new Mention(head.sentence(), first, i + 1, start.begin(), head.end(), body.substring(start.begin(), head.end()),
                    individual ? "PERSON" : "ORGANIZATION", null, null));
            taken[i] = true;
        }
    }

    private static boolean isAgent(Token t, Gazetteer gazetteer) {
        var lemma = t.lemma().toLowerCase();
        if (NOT_ACTORS.contains(lemma)) {
            return false;
        }
        if (COLLECTIVE.contains(lemma) || COLLECTIVE.contains(t.word().toLowerCase())) {
            return true;
        }
        var sector = gazetteer.agent(lemma);
        return sector != null && ACTORS.contains(sector);
    }

    private static boolean modifier(Token t) {
        return (t.pos().equals("JJ") || t.pos().startsWith("NNP") || t.pos().equals("NN") || t.pos().equals("VBN"))
                && !t.ner().equals("DATE") && !t.ner().equals("NUMBER");
    }
}
