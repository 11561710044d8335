package org.entente.extract.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People named by their office, for {@link References}: a name with the titles before it ("Defense Secretary Ash
 * Carter", "Iraqi Prime Minister Haider al-Abadi", "Navy Capt. Jeff Davis"), and an office without a name ("the
 * Secretary of State", "commander of U.S. Central Command", "507th Maintenance Group Commander", "the UN High
 * Commissioner for Refugees").
 */
public final class Offices {

    /** Abbreviated and spelled-out ranks and titles that CoreNLP does not always tag TITLE. */
    static final Set<String> TITLES = Set.of("gen.", "lt.", "col.", "maj.", "brig.", "sgt.", "spc.", "cpl.", "pfc.", "pvt.",
            "capt.", "adm.", "cmdr.", "cdr.", "gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "prof.", "amb.", "secretary",
            "minister", "president", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "general", "commander",
            "chief", "officer", "sheikh", "king", "queen", "prince", "emir", "director", "advisor", "adviser", "deputy", "counterpart",
            "councilor", "councillor", "chancellor", "premier", "senator", "governor", "mayor", "srsg");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your");

    private Offices() {
    }

    /** A named person's mention with the titles before it, or the mention itself when it has none. */
    static Mention titled(List<Token> tokens, String body, Mention m) {
        int k = m.first();
        int firstTitle = -1;
        while (k > 0 && tokens.get(k - 1).sentence() == m.sentence()) {
            var t = tokens.get(k - 1);
            if (title(t)) {
                firstTitle = --k;
            } else if (modifier(t) || (t.is("of") && k >= 2 && title(tokens.get(k - 2)))) {
                k--;
            } else {
                break;
            }
        }
        if (firstTitle < 0) {
            return m;
        }
        while (k < firstTitle && tokens.get(k).is("of")) {
            k++;
        }
        return References.span(tokens, body, m.sentence(), k, m.last(), "PERSON", m.entity());
    }

    /**
     * Adds the offices named without a person's name: a run of titles with its modifiers and determiner, and the body
     * it belongs to; not when a name follows (then the title is the name's), unless CoreNLP missed the name or took it
     * for a place ("King Nebuchadnezzar II", "Special Advisor Thames").
     */
    static void find(List<Token> tokens, String body, MentionIndex index, List<Mention> refs) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!title(tokens.get(i)) || !tokens.get(i).noun() || index.covered(i)) {
                continue;
            }
            int last = i + 1;
            while (last < tokens.size() && tokens.get(last).sentence() == tokens.get(i).sentence() && (title(tokens.get(last))
                    || (tokens.get(last).is("of") && last + 1 < tokens.size() && title(tokens.get(last + 1))))) {
                last++;
            }
            if (index.startingAt(last).stream().anyMatch(m -> m.category().equals("PERSON")) || !tokens.get(last - 1).noun()
                    || tokens.get(last - 1).word().endsWith(".")) {
                i = last - 1;
                continue;
            }
            int first = modifiersBefore(tokens, index, i);
            int to = nameAfter(tokens, last) ? index.nameEnd(last) : index.complement(last);
            if (to == last && last + 1 < tokens.size() && tokens.get(last).is("for") && tokens.get(last + 1).capitalized()) {
                to = index.nameEnd(last + 1);
            }
            boolean opened = first > 0 && OPENERS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
            if (first == i && to == last && !opened && !tokens.get(i).capitalized()) {
                i = last - 1;
                continue; // a bare "commander" after a name is an apposition's title, not an expression
            }
            refs.add(References.span(tokens, body, tokens.get(i).sentence(), opened ? first - 1 : first, to, "PERSON", null));
            i = to - 1;
        }
    }

    /** Where the modifiers of a title starting at {@code i} begin: names, capitalized words, "commanding". */
    private static int modifiersBefore(List<Token> tokens, MentionIndex index, int i) {
        int first = i;
        while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(i).sentence()) {
            var named = index.endingAt(first).stream().filter(m -> !m.category().equals("PERSON")).findFirst();
            if (named.isPresent()) {
                first = named.get().first();
            } else if (modifier(tokens.get(first - 1)) || tokens.get(first - 1).pos().equals("VBG")) {
                first--;
            } else {
                break;
            }
        }
        return first;
    }

    private static boolean nameAfter(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).pos().startsWith("NNP") && tokens.get(at).capitalized()
                && tokens.get(at).sentence() == tokens.get(at - 1).sentence() && !tokens.get(at).ner().equals("DATE");
    }

    /** Whether a token is a title: tagged TITLE, or one of the titles and ranks CoreNLP misses. */
    public static boolean title(Token t) {
        return t.ner().equals("TITLE") || TITLES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** A capitalized word that can stand in a title: "Iraqi", "U.S.", "Pentagon", "Navy", "Special", "1st". */
    private static boolean modifier(Token t) {
        return (t.capitalized() && (t.pos().startsWith("NNP") || t.pos().equals("JJ")) && !t.ner().equals("DATE"))
                || t.ner().equals("ORDINAL");
    }
}
