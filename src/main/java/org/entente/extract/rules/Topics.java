package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.Set;

import org.entente.extract.mentions.Resolver;
import org.entente.extract.mentions.Token;

/**
 * A short topic for a claim: what its cue governs — "disagree about the causes and sequence of the military actions"
 * gives "causes and sequence of the military actions", "pursue a new nuclear arms reduction deal" gives "new nuclear
 * arms reduction deal" — dates left out, cut at the clause's end; failing that, the cue and the names it is about.
 */
final class Topics {

    private static final Set<String> LEADING = Set.of("about", "over", "on", "in", "of", "with", "to", "for", "regarding",
            "concerning", "toward", "towards", "the", "a", "an", "that", "this", "from", "by", "between", "like", "and", "pro");
    private static final Set<String> TRAILING = Set.of("the", "a", "an", "of", "in", "on", "to", "for", "with", "and", "or", "by",
            "at", "from", "its", "their", "his", "her", "our");
    private static final Set<String> STOPS = Set.of("that", "which", "who", "but", "while", "because", "after", "before", "when",
            "if", "than", "as", "since", "until");
    private static final int MAX_WORDS = 12;

    private Topics() {
    }

    static String topic(Text text, Cues.Hit cue, int to, Set<String> parties, Set<String> about, Resolver.Result resolved) {
        var words = new ArrayList<Token>();
        for (int k = cue.last(); k < to && words.size() < MAX_WORDS + 4; k++) {
            var t = text.tokens.get(k);
            if (t.word().matches("[,;:.!?()]|-LRB-|-RRB-|--") || (STOPS.contains(t.word().toLowerCase()) && !words.isEmpty())
                    || ((t.pos().matches("VBD|VBZ|VBP|MD")) && hasNoun(words))) {
                break;
            }
            if (t.ner().matches("DATE|TIME|DURATION|SET") || t.word().matches("``|''|\"|“|”")) {
                continue;
            }
            words.add(t);
        }
        while (!words.isEmpty() && LEADING.contains(words.get(0).word().toLowerCase())) {
            words.remove(0);
        }
        if (words.size() > MAX_WORDS) {
            words.subList(MAX_WORDS, words.size()).clear();
        }
        while (!words.isEmpty() && (TRAILING.contains(words.get(words.size() - 1).word().toLowerCase())
                || words.get(words.size() - 1).pos().equals("POS"))) {
            words.remove(words.size() - 1);
        }
        if (!words.isEmpty() && hasNoun(words) && (words.size() >= 2 || words.get(0).pos().startsWith("NNP"))
                && !onlyParties(text, words, parties)) {
            return join(text, words);
        }
        var cueText = text.body(cue.first(), cue.last());
        var names = about.stream().limit(3).map(id -> resolved.entities().get(id)).filter(d -> d != null).map(d -> d.name).toList();
        return names.isEmpty() ? cueText : cueText + ": " + String.join(", ", names);
    }

    /** "tension between Russia and the United States": the parties are no topic. */
    private static boolean onlyParties(Text text, java.util.List<Token> words, Set<String> parties) {
        for (var t : words) {
            boolean party = text.mentions.stream().anyMatch(m -> m.first() <= t.index() && t.index() < m.last()
                    && parties.contains(m.entity()));
            if (t.noun() && !party && !t.is("country", "countries", "side", "sides", "nation", "nations")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNoun(java.util.List<Token> words) {
        return words.stream().anyMatch(Token::noun);
    }

    /** The words as the article writes them: "U.S.-Russian" stays hyphenated; a left-out date leaves one space. */
    private static String join(Text text, java.util.List<Token> words) {
        var out = new StringBuilder();
        Token previous = null;
        for (var t : words) {
            if (previous != null) {
                out.append(t.index() == previous.index() + 1 ? text.article.body().substring(previous.end(), t.begin()) : " ");
            }
            out.append(text.article.body(), t.begin(), t.end());
            previous = t;
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
