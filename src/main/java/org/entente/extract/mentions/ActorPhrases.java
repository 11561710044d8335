package org.entente.extract.mentions;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * Actor phrases: groups and officials named by what they are rather than by name — "Russian troops", "coalition
 * forces", "the Iraqi government", "the regime", "a senior U.S. official", "our partners", "ISIL tactical
 * units". The head is an agent noun of the CAMEO agents dictionary or of the lists below; the phrase takes in the
 * adjectives, names and demonyms before it and its determiner. A plural head makes a group
 * (ORGANIZATION), a singular one a person when it names a person ("the secretary", "a soldier") and a group when it
 * names a body ("the regime"); other singular agent nouns name things ("rocket artillery", "the village") and make
 * no actor. They name no entity of their own: a demonym inside ("Russian troops") is a mention of its own, which is
 * how the stance rules find the country.
 */
public final class ActorPhrases {

    /** Nouns for a body of people, which the agents dictionary files as individuals or lacks. */
    private static final Set<String> COLLECTIVE = Set.of("force", "forces", "government", "regime", "army", "military", "coalition",
            "administration", "police", "militia", "alliance", "cabinet", "navy", "opposition", "leadership", "authority",
            "authorities", "ministry", "parliament", "troops", "troop", "group", "unit", "command", "junta", "community",
            "tribunal", "court", "council", "committee", "agency", "department", "delegation", "network", "organization",
            "organisation", "team", "squadron", "battalion", "brigade", "regiment", "division", "fleet", "corps", "insurgency",
            "enemy", "workforce", "contingent", "caliphate", "public", "people");
    /** Nouns for a person that the agents dictionary lacks (it has "commander", "soldier", "president" …). */
    private static final Set<String> PERSONS = Set.of("official", "minister", "secretary", "leader", "spokesman", "spokeswoman",
            "spokesperson", "envoy", "ambassador", "general", "chief", "premier", "officer", "sheikh", "adviser", "advisor",
            "director", "diplomat", "hostage", "member", "partner", "ally", "friend", "expert", "linguist", "translator",
            "warfighter", "airman", "airmen", "serviceman", "servicemen", "lawmaker", "negotiator", "counterpart", "nation",
            "country", "family");
    /** Agent sectors that make an actor (CAMEO: government, military, rebels, opposition, police, legislature …). */
    private static final Set<String> ACTORS = Set.of("GOV", "MIL", "REB", "OPP", "UAF", "SPY", "LEG", "JUD", "COP", "INS", "IGO",
            "PTY", "MOD", "RAD", "CVL", "REF", "MED", "ELI", "LAB", "HLH", "EDU");
    /** Agent nouns that name things or places more often than people, or too vaguely to count. */
    private static final Set<String> NOT_ACTORS = Set.of("part", "side", "issue", "way", "state", "artillery", "village",
            "settlement", "magazine", "television", "website", "uprising", "neighborhood", "media", "press");
    /** Singular heads that need a group or person word to count: "the country" is a place as often as a state. */
    private static final Set<String> PLURAL_ONLY = Set.of("nation", "country", "people", "public", "friend", "member", "family");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "our", "their", "its",
            "his", "her", "my", "your", "some", "many", "several", "all", "other", "any", "more");

    private ActorPhrases() {
    }

    /** Adds the actor phrases of the text to {@code found}, which holds the resolved named mentions. */
    public static void find(List<Token> tokens, String body, Gazetteer gazetteer, List<Mention> found) {
        var taken = new boolean[tokens.size()];
        var nameStart = new int[tokens.size()]; // where the name a token is part of begins, or -1
        Arrays.fill(nameStart, -1);
        found.forEach(m -> {
            Arrays.fill(taken, m.first(), m.last(), true);
            Arrays.fill(nameStart, m.first(), m.last(), m.first());
        });
        for (int i = 0; i < tokens.size(); i++) {
            var head = tokens.get(i);
            if (taken[i] || !head.noun() || (head.pos().startsWith("NNP") && !namedBody(tokens, i)) || !isAgent(head, gazetteer)
                    || nounFollows(tokens, i)) {
                continue;
            }
            boolean plural = head.pos().equals("NNS");
            var lemma = head.lemma().toLowerCase();
            boolean group = COLLECTIVE.contains(lemma) || COLLECTIVE.contains(head.word().toLowerCase());
            // "the military" ends as "secretary" does, but names a body
            boolean person = !plural && (PERSONS.contains(lemma) || head.ner().equals("TITLE") || (!group && personNoun(head, gazetteer)));
            if (!plural && ((!person && !group) || PLURAL_ONLY.contains(lemma))) {
                continue; // "rocket artillery", "the village": things; "the country": a place as often as a state
            }
            int first = i;
            while (first > 0 && tokens.get(first - 1).sentence() == head.sentence()) {
                if (nameStart[first - 1] >= 0) {
                    first = nameStart[first - 1]; // a whole name: "Islamic State of Iraq and the Levant fighters"
                } else if (modifier(tokens, first - 1)) {
                    first--;
                } else if (coordinated(tokens, first - 1, head, gazetteer)) {
                    first -= 2;
                } else {
                    break;
                }
            }
            while (first > 0 && tokens.get(first - 1).sentence() == head.sentence() && determiner(tokens.get(first - 1), plural)) {
                first--;
            }
            if (first == i && !plural && (!group || lemma.equals("force"))) {
                continue; // a bare singular "official" is too vague to count, "force" is what is used
            }
            if (first == i && !plural && i > 0 && tokens.get(i - 1).is("and", "or")) {
                continue; // "the Lebanese people and military": the second of two bodies that the first's words name
            }
            if (lemma.equals("people") && first == i) {
                continue; // "people" alone is anyone; "the Iraqi people" is a people
            }
            var start = tokens.get(first);
            found.add(new Mention(head.sentence(), first, i + 1, start.begin(), head.end(), body.substring(start.begin(), head.end()),
                    person ? "PERSON" : "ORGANIZATION", null, null));
            Arrays.fill(taken, first, i + 1, true);
        }
    }

    /** "Syrian Government", "the Iraqi Army": a capitalized body after a demonym or country, which CoreNLP left untagged. */
    private static boolean namedBody(List<Token> tokens, int i) {
        return i > 0 && COLLECTIVE.contains(tokens.get(i).word().toLowerCase()) && tokens.get(i).ner().equals("O")
                && tokens.get(i - 1).sentence() == tokens.get(i).sentence() && tokens.get(i - 1).ner().matches("NATIONALITY|COUNTRY");
    }

    private static boolean isAgent(Token t, Gazetteer gazetteer) {
        var lemma = t.lemma().toLowerCase();
        if (NOT_ACTORS.contains(lemma)) {
            return false;
        }
        if (COLLECTIVE.contains(lemma) || COLLECTIVE.contains(t.word().toLowerCase()) || PERSONS.contains(lemma)) {
            return true;
        }
        var sector = gazetteer.agent(lemma);
        return sector != null && ACTORS.contains(sector);
    }

    /** An agent noun for a person: "commander", "militant", "civilian", "journalist" (not "settlement", "insurgency"). */
    private static boolean personNoun(Token t, Gazetteer gazetteer) {
        var lemma = t.lemma().toLowerCase();
        return gazetteer.agent(lemma) != null && !lemma.endsWith("ment")
                && lemma.matches(".*(er|or|ist|ian|ant|ent|man|men|person|ee|ive|ary|ier|eer|ic|ite)$");
    }

    /** "command and control" is a function, "Iraqi security forces" has its head last. */
    private static boolean nounFollows(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence()) {
            return false;
        }
        var next = tokens.get(i + 1);
        return next.noun() || (next.is("and") && i + 2 < tokens.size() && tokens.get(i + 2).is("control"));
    }

    private static boolean modifier(List<Token> tokens, int k) {
        var t = tokens.get(k);
        if (t.ner().equals("DATE") || t.ner().equals("NUMBER")) {
            return false;
        }
        if (t.pos().equals("VBN")) {
            return participle(tokens, k); // "the elected government", not "they instructed negotiators"
        }
        return t.pos().equals("JJ") || t.pos().equals("JJS") || t.pos().startsWith("NNP") || t.pos().equals("NN");
    }

    /** A past participle inside a noun phrase, after a determiner, adjective or noun: "U.S.-led", "the elected". */
    public static boolean participle(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k - 1).sentence() == tokens.get(k).sentence() && tokens.get(k - 1).pos().matches("DT|PRP\\$|JJ.*|NN.*|POS|HYPH");
    }

    /**
     * "regional and international nations", "translators and linguists": an "and" at {@code k} joins two of a kind (not
     * "the Lebanese people and military", two bodies).
     */
    private static boolean coordinated(List<Token> tokens, int k, Token head, Gazetteer gazetteer) {
        if (!tokens.get(k).is("and") || k == 0 || tokens.get(k - 1).sentence() != head.sentence()) {
            return false;
        }
        var before = tokens.get(k - 1).pos();
        return (before.equals("JJ") && tokens.get(k + 1).pos().equals("JJ")) || (before.equals("NNS") && tokens.get(k + 1) == head && head.pos().equals("NNS") && isAgent(tokens.get(k - 1), gazetteer));
    }

    /**
     * Determiners and possessives open the phrase ("an ISIL tactical unit", "our partners"; not the "that" of "said that
     * …"); a number before it is a quantity, no part of the name.
     */
    private static boolean determiner(Token t, boolean plural) {
        var word = t.word().toLowerCase();
        return DETERMINERS.contains(word) && !t.pos().equals("IN") && !(plural ? word.matches("that|this") : word.matches("these|those"));
    }
}
