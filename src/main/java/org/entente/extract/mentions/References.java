package org.entente.extract.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * The referring expressions of an article, as an analyst marks them (re3d's guidelines, ACE's): a name with the
 * titles before it and an office named without a name ({@link Offices}), actor phrases with what completes them ("the government of Iraq"), places
 * named by what they are ({@link PlacePhrases}), a place with its country or state ("Palmyra, Syria"), plural
 * demonyms for a people ("the Syrians"), and the personal pronouns that stand for actors ("he", "we", "they"). A name
 * inside a longer expression is part of it: "Iraqi" in "Iraqi security forces" is no expression of its own.
 * <p>
 * The rules read the mentions, not these: a title stays outside the person's mention there, where RelationRules
 * reads it. "He" takes the entity of the person named last before it, if any; possessive determiners ("his",
 * "their") modify the phrase they open and are no expressions; "it" names things more often than actors.
 */
public final class References {

    /** Abbreviated and spelled-out ranks and titles that CoreNLP does not always tag TITLE. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "she", "i", "me");
    private static final Set<String> GROUP_PRONOUNS = Set.of("we", "they", "them");
    private static final Set<String> RELIGIONS = Set.of("muslims", "christians", "jews", "sunnis", "shiites", "shias", "yazidis",
            "alawites", "druze", "hindus", "buddhists", "catholics");
    private static final Set<String> EXPRESSIONS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY");

    private References() {
    }

    /** The referring expressions of an article, given its tokens and the mentions the rules read. */
    public static List<Mention> of(List<Token> tokens, String body, List<Mention> mentions) {
        var index = new MentionIndex(tokens, mentions);
        var refs = new ArrayList<Mention>();
        for (var m : mentions) {
            refs.add(switch (m.category()) {
                case "PERSON" -> m.entity() != null ? Offices.titled(tokens, body, m) : complemented(tokens, body, m, index);
                case "ORGANIZATION" -> m.entity() == null ? complemented(tokens, body, m, index) : numbered(tokens, body, m);
                default -> m;
            });
        }
        Offices.find(tokens, body, index, refs);
        PlacePhrases.find(tokens, body, index, refs);
        pronouns(tokens, body, index, refs);
        others(tokens, body, refs);
        refs.removeIf(m -> predicative(tokens, m));
        refs.sort(Comparator.comparingInt(Mention::first));
        namesOfOrganizations(tokens, body, refs);
        placesWithCountry(tokens, body, refs);
        return outermost(refs);
    }

    /** "He" and "she" resolved to the person they stand for ({@link #pronouns}), for the rules that read who acts. */
    public static List<Mention> personPronouns(List<Token> tokens, String body, List<Mention> mentions) {
        var refs = new ArrayList<Mention>();
        pronouns(tokens, body, new MentionIndex(tokens, mentions), refs);
        refs.removeIf(r -> r.entity() == null || !r.category().equals("PERSON"));
        return refs;
    }

    /** "CTF 50", "Committee 1267": a body named with its number. */
    private static Mention numbered(List<Token> tokens, String body, Mention m) {
        if (m.last() < tokens.size() && tokens.get(m.last()).sentence() == m.sentence() && tokens.get(m.last()).word().matches("\\d{1,4}")
                && tokens.get(m.last()).ner().equals("NUMBER")) {
            return span(tokens, body, m.sentence(), m.first(), m.last() + 1, m.category(), m.entity());
        }
        return m;
    }

    /** Actor phrases with the body they belong to: "the government of Iraq", "key members of the Counter ISIL Coalition". */
    private static Mention complemented(List<Token> tokens, String body, Mention m, MentionIndex index) {
        int to = index.complement(m.last());
        return to == m.last() ? m : span(tokens, body, m.sentence(), m.first(), to, m.category(), m.entity());
    }

    /**
     * Personal pronouns for people and groups. "He" and "she" resolve to the person who leads the talk: the first person
     * named before them in their own sentence ("Sherman said she …"), else the first person named in the nearest
     * sentence before that names one, within three sentences ("Sherman met Wang Yi. She raised …" is Sherman: the subject
     * comes first, and is what the next sentence goes on about).
     */
    private static void pronouns(List<Token> tokens, String body, MentionIndex index, List<Mention> refs) {
        Mention leading = null; // the first person named in the last sentence that named one
        Mention here = null; // the first person named so far in this sentence
        int sentence = -1;
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            if (t.sentence() != sentence) {
                if (here != null) {
                    leading = here;
                }
                here = null;
                sentence = t.sentence();
            }
            var word = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().equals("PRP") && PERSON_PRONOUNS.contains(word)) {
                boolean third = !word.equals("i") && !word.equals("me");
                var person = here != null ? here : leading;
                var entity = third && person != null && t.sentence() - person.sentence() <= 3 ? person.entity() : null;
                refs.add(span(tokens, body, t.sentence(), i, i + 1, "PERSON", entity));
            } else if (t.pos().equals("PRP") && GROUP_PRONOUNS.contains(word)) {
                refs.add(span(tokens, body, t.sentence(), i, i + 1, "ORGANIZATION", null));
            }
            for (var m : index.endingAt(i)) {
                if (here == null && m.category().equals("PERSON") && m.entity() != null) {
                    here = m;
                }
            }
        }
    }

    /**
     * Plural demonyms that CoreNLP tags MISC: "the Syrians", "the Turks" act (a group); religions and languages are
     * identities ("Muslims", "the Yazidi religion", "in Kurdish", "Shia Arab").
     */
    private static void others(List<Token> tokens, String body, List<Mention> refs) {
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            if (!t.capitalized()) {
                continue;
            }
            boolean identity = t.ner().equals("RELIGION") || (t.pos().equals("NNPS") && RELIGIONS.contains(t.word().toLowerCase(Locale.ROOT)))
                    || (t.ner().equals("MISC") && t.pos().equals("JJ") && !(i + 1 < tokens.size() && tokens.get(i + 1).noun()));
            if (identity) {
                int last = i + 1;
                while (last < tokens.size() && tokens.get(last).capitalized() && tokens.get(last).sentence() == t.sentence()
                        && (tokens.get(last).ner().matches("RELIGION|NATIONALITY|MISC"))) {
                    last++;
                }
                refs.add(span(tokens, body, t.sentence(), i, last, "NATIONALITY", null));
                i = last - 1;
            } else if (t.pos().equals("NNPS") && t.ner().equals("MISC") && !(i + 1 < tokens.size() && tokens.get(i + 1).noun())) {
                int first = i > 0 && tokens.get(i - 1).pos().equals("JJ") && !tokens.get(i - 1).capitalized() ? i - 1 : i;
                refs.add(span(tokens, body, t.sentence(), first, i + 1, "ORGANIZATION", null));
            }
        }
    }

    /**
     * "a commander" in "Qanbar was a commander in the navy" says what someone is; it refers to no one of its own.
     * Only the unnamed singular: "the Iraqi government is" is no predicate.
     */
    private static boolean predicative(List<Token> tokens, Mention m) {
        if (m.entity() != null || !m.category().equals("PERSON") || m.first() == 0) {
            return false;
        }
        int k = m.first() - 1;
        if (tokens.get(k).pos().equals("RB") && k > 0) {
            k--;
        }
        return tokens.get(k).sentence() == m.sentence() && tokens.get(k).verb() && tokens.get(k).lemma().equals("be");
    }

    /**
     * Names of organizations with a country before them, as one name: "Iraqi Security Forces", "U.S. Central
     * Command", "the Jordan Armed Forces", "Royal Jordanian Air Force" (where CoreNLP's organization took in the
     * demonym the gazetteer took first).
     */
    private static void namesOfOrganizations(List<Token> tokens, String body, List<Mention> refs) {
        for (int r = 0; r < refs.size(); r++) {
            var m = refs.get(r);
            if (!m.category().equals("NATIONALITY") && !isCountry(m)) {
                continue;
            }
            int first = m.first();
            int last = m.last();
            while (first > 0 && tokens.get(first - 1).ner().equals("ORGANIZATION") && tokens.get(first - 1).sentence() == m.sentence()) {
                first--;
            }
            while (last < tokens.size() && tokens.get(last).ner().equals("ORGANIZATION") && tokens.get(last).sentence() == m.sentence()) {
                last++;
            }
            if (r + 1 < refs.size() && refs.get(r + 1).first() == last && refs.get(r + 1).category().equals("ORGANIZATION")
                    && refs.get(r + 1).entity() != null) {
                last = refs.get(r + 1).last();
            }
            if (first < m.first() || last > m.last()) {
                refs.set(r, span(tokens, body, m.sentence(), first, last, "ORGANIZATION", null));
            }
        }
    }

    /** "Palmyra, Syria", "Cibolo, Texas": a place and the country or state it is in, one expression; not in a list. */
    private static void placesWithCountry(List<Token> tokens, String body, List<Mention> refs) {
        refs.sort(Comparator.comparingInt(Mention::first));
        for (int r = 0; r + 1 < refs.size(); r++) {
            var place = refs.get(r);
            var region = refs.get(r + 1);
            if (!place.category().equals("LOCATION") || isCountry(place) || place.entity() == null) {
                continue;
            }
            if (region.first() == place.last() && region.category().equals("LOCATION") && region.entity() != null && !isCountry(region)) {
                // CoreNLP's fine tags split one name: "Fort" LOCATION, "Campbell" CITY
                refs.set(r, span(tokens, body, place.sentence(), place.first(), region.last(), "LOCATION", place.entity()));
                refs.remove(r + 1);
                r--;
                continue;
            }
            var regionTag = tokens.get(region.first()).ner();
            if (region.first() != place.last() + 1 || !tokens.get(place.last()).word().equals(",")
                    || !(isCountry(region) || regionTag.equals("STATE_OR_PROVINCE") || regionTag.equals("COUNTRY"))
                    || (region.last() < tokens.size() && tokens.get(region.last()).is("and", "or"))
                    || (place.first() > 0 && tokens.get(place.first() - 1).word().equals(","))) {
                continue;
            }
            refs.set(r, span(tokens, body, place.sentence(), place.first(), region.last(), "LOCATION", place.entity()));
            refs.remove(r + 1);
        }
    }

    private static boolean isCountry(Mention m) {
        return m.entity() != null && m.entity().startsWith("country:") && m.via() != Gazetteer.Via.CAPITAL && !m.category().equals("NATIONALITY");
    }

    /** Drops every expression inside a longer one; of two on the same words, the first (the named one) stays. */
    private static List<Mention> outermost(List<Mention> refs) {
        refs.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        var kept = new ArrayList<Mention>();
        int reach = -1; // the end of the expressions kept so far, which begin no later than this one
        for (var m : refs) {
            if (!EXPRESSIONS.contains(m.category())) {
                kept.add(m);
            } else if (m.end() > reach) {
                kept.add(m);
                reach = m.end();
            }
        }
        return kept;
    }

    public static Mention span(List<Token> tokens, String body, int sentence, int first, int last, String category, String entity) {
        var a = tokens.get(first);
        var b = tokens.get(last - 1);
        return new Mention(sentence, first, last, a.begin(), b.end(), body.substring(a.begin(), b.end()), category, entity, null);
    }
}
