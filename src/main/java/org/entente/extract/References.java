package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The referring expressions of an article, as an analyst marks them (re3d's guidelines, ACE's): a name with the
 * titles before it ("Defense Secretary Ash Carter"), an office named without a name ("the Secretary of State",
 * "commander of U.S. Central Command"), actor phrases with what completes them ("the government of Iraq"), places
 * named by what they are ({@link PlacePhrases}), a place with its country or state ("Palmyra, Syria"), plural
 * demonyms for a people ("the Syrians"), and the personal pronouns that stand for actors ("he", "we", "they"). A name
 * inside a longer expression is part of it: "Iraqi" in "Iraqi security forces" is no expression of its own.
 * <p>
 * The rules read the mentions, not these: a title stays outside the person's mention there, where RelationRules
 * reads it. "He" takes the entity of the person named last before it, if any; possessive determiners ("his",
 * "their") modify the phrase they open and are no expressions; "it" names things more often than actors.
 */
final class References {

    /** Abbreviated and spelled-out ranks and titles that CoreNLP does not always tag TITLE. */
    private static final Set<String> TITLES = Set.of("gen.", "lt.", "col.", "maj.", "brig.", "sgt.", "spc.", "cpl.", "pfc.", "pvt.",
            "capt.", "adm.", "cmdr.", "cdr.", "gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "prof.", "amb.", "secretary",
            "minister", "president", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "general", "commander",
            "chief", "officer", "sheikh", "king", "queen", "prince", "emir", "director", "advisor", "adviser", "deputy");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "she", "i", "me");
    private static final Set<String> GROUP_PRONOUNS = Set.of("we", "they", "them");
    private static final Set<String> RELIGIONS = Set.of("muslims", "christians", "jews", "sunnis", "shiites", "shias", "yazidis",
            "alawites", "druze", "hindus", "buddhists", "catholics");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> EXPRESSIONS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY");

    private References() {
    }

    /** The referring expressions of an article, given its tokens and the mentions the rules read. */
    static List<Mention> of(List<Token> tokens, String body, List<Mention> mentions, Gazetteer gazetteer) {
        var refs = new ArrayList<Mention>();
        for (var m : mentions) {
            refs.add(switch (m.category()) {
                case "PERSON" -> m.entity() != null ? titled(tokens, body, m) : complemented(tokens, body, m, mentions);
                case "ORGANIZATION" -> m.entity() == null ? complemented(tokens, body, m, mentions) : numbered(tokens, body, m);
                default -> m;
            });
        }
        offices(tokens, body, mentions, refs);
        PlacePhrases.find(tokens, body, mentions, refs);
        pronouns(tokens, body, mentions, refs);
        others(tokens, body, refs);
        refs.removeIf(m -> predicative(tokens, m));
        refs.sort(Comparator.comparingInt(Mention::first));
        namesOfOrganizations(tokens, body, refs);
        placesWithCountry(tokens, body, refs);
        return outermost(refs);
    }

    /** "Defense Secretary Ash Carter", "Iraqi Prime Minister Haider al-Abadi", "Navy Capt. Jeff Davis". */
    private static Mention titled(List<Token> tokens, String body, Mention m) {
        int k = m.first();
        int titled = -1;
        while (k > 0 && tokens.get(k - 1).sentence() == m.sentence()) {
            var t = tokens.get(k - 1);
            if (title(t)) {
                titled = --k;
            } else if (modifier(t) || (t.is("of") && k >= 2 && title(tokens.get(k - 2)))) {
                k--;
            } else {
                break;
            }
        }
        return titled < 0 ? m : span(tokens, body, m.sentence(), titled(tokens, k, titled), m.last(), "PERSON", m.entity());
    }

    /** The first token of a title: the modifiers before its first title word ("Pentagon Press Secretary"). */
    private static int titled(List<Token> tokens, int from, int firstTitle) {
        int k = from;
        while (k < firstTitle && tokens.get(k).is("of")) {
            k++;
        }
        return k;
    }

    /**
     * Offices without a name: "the Secretary of State", "the U.S. Secretary of State", "commander of U.S. Central
     * Command", "507th Maintenance Group Commander" — a run of titles with its modifiers and determiner, and the body
     * it belongs to; not when a name follows (then the title is the name's).
     */
    private static void offices(List<Token> tokens, String body, List<Mention> mentions, List<Mention> refs) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!title(tokens.get(i)) || !tokens.get(i).noun()) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(i).sentence()
                    && (title(tokens.get(end)) || (tokens.get(end).is("of") && end + 1 < tokens.size() && title(tokens.get(end + 1))))) {
                end++;
            }
            final int last = end;
            final int at = i;
            if (mentions.stream().anyMatch(m -> m.first() <= at && at < m.last())
                    || mentions.stream().anyMatch(m -> m.first() == last && m.category().equals("PERSON"))
                    || !tokens.get(last - 1).noun() || tokens.get(last - 1).word().endsWith(".")) {
                i = last - 1;
                continue;
            }
            boolean named = last < tokens.size() && tokens.get(last).pos().startsWith("NNP") && tokens.get(last).capitalized()
                    && tokens.get(last).sentence() == tokens.get(i).sentence() && !tokens.get(last).ner().equals("DATE");
            int first = i;
            while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(i).sentence()) {
                final int before = first;
                var adjacent = mentions.stream().filter(m -> m.last() == before && !m.category().equals("PERSON")).findFirst();
                if (adjacent.isPresent()) {
                    first = adjacent.get().first();
                } else if (modifier(tokens.get(first - 1)) || tokens.get(first - 1).pos().equals("VBG")) {
                    first--;
                } else {
                    break;
                }
            }
            // a title before a name CoreNLP missed or took for a place ("King Nebuchadnezzar II", "Special Advisor Thames")
            int to = named ? name(tokens, last, mentions) : complement(tokens, last, mentions);
            if (to == last && last + 1 < tokens.size() && tokens.get(last).is("for") && tokens.get(last + 1).capitalized()) {
                to = name(tokens, last + 1, mentions); // "the UN High Commissioner for Refugees"
            }
            boolean opened = first > 0 && OPENERS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
            if (first == i && to == last && !opened && !tokens.get(i).capitalized()) {
                i = last - 1;
                continue; // a bare "commander" after a name is an apposition's title, not an expression
            }
            if (opened) {
                first--;
            }
            refs.add(span(tokens, body, tokens.get(i).sentence(), first, to, "PERSON", null));
            i = to - 1;
        }
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
    private static Mention complemented(List<Token> tokens, String body, Mention m, List<Mention> mentions) {
        int to = complement(tokens, m.last(), mentions);
        return to == m.last() ? m : span(tokens, body, m.sentence(), m.first(), to, m.category(), m.entity());
    }

    /** Where "of [the] NAME" after token {@code at} ends, or {@code at} when none follows. */
    static int complement(List<Token> tokens, int at, List<Mention> mentions) {
        if (at + 1 >= tokens.size() || !tokens.get(at).is("of") || tokens.get(at).sentence() != tokens.get(at - 1).sentence()) {
            return at;
        }
        int from = tokens.get(at + 1).is("the") ? at + 2 : at + 1;
        int end = mentions.stream().filter(m -> (m.first() == from || m.first() == at + 1) && !m.category().equals("NATIONALITY")
                && m.sentence() == tokens.get(at).sentence()).mapToInt(Mention::last).max().orElse(at);
        return end == at ? at : name(tokens, end, mentions);
    }

    /** Where a name that continues at {@code at} ends: "U.S." + "Central Command", over names and capitalized words. */
    private static int name(List<Token> tokens, int at, List<Mention> mentions) {
        int end = at;
        while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(at - 1).sentence()) {
            final int k = end;
            var next = mentions.stream().filter(m -> m.first() == k && !m.category().equals("PERSON")).mapToInt(Mention::last).max();
            if (next.isPresent()) {
                end = next.getAsInt();
            } else if (tokens.get(end).pos().startsWith("NNP") && tokens.get(end).capitalized()) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Personal pronouns for people and groups; "he" and "she" resolve to the person named last, within three sentences. */
    private static void pronouns(List<Token> tokens, String body, List<Mention> mentions, List<Mention> refs) {
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            var word = t.word().toLowerCase(Locale.ROOT);
            if (!t.pos().equals("PRP")) {
                continue;
            }
            if (PERSON_PRONOUNS.contains(word)) {
                String entity = null;
                if (!word.equals("i") && !word.equals("me")) {
                    final int at = i;
                    entity = mentions.stream().filter(m -> m.last() <= at && m.category().equals("PERSON") && m.entity() != null
                            && t.sentence() - m.sentence() <= 3).reduce((a, b) -> b).map(Mention::entity).orElse(null);
                }
                refs.add(span(tokens, body, t.sentence(), i, i + 1, "PERSON", entity));
            } else if (GROUP_PRONOUNS.contains(word)) {
                refs.add(span(tokens, body, t.sentence(), i, i + 1, "ORGANIZATION", null));
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
        for (var m : refs) {
            boolean inside = EXPRESSIONS.contains(m.category()) && kept.stream().anyMatch(k -> EXPRESSIONS.contains(k.category())
                    && k.begin() <= m.begin() && m.end() <= k.end());
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean title(Token t) {
        return t.ner().equals("TITLE") || TITLES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** A capitalized word that can stand in a title: "Iraqi", "U.S.", "Pentagon", "Navy", "Special", "1st". */
    private static boolean modifier(Token t) {
        return (t.capitalized() && (t.pos().startsWith("NNP") || t.pos().equals("JJ")) && !t.ner().equals("DATE"))
                || t.ner().equals("ORDINAL");
    }

    static Mention span(List<Token> tokens, String body, int sentence, int first, int last, String category, String entity) {
        var a = tokens.get(first);
        var b = tokens.get(last - 1);
        return new Mention(sentence, first, last, a.begin(), b.end(), body.substring(a.begin(), b.end()), category, entity, null);
    }
}
