package org.entente.extract.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an acronym abbreviates a name, as writers make them: each capitalised word of the name gives its first
 * letter and may give more of its own letters in order ("Intergovernmental Authority on Development": IGAD); a small
 * word may give its first letter or nothing ("Economic Community of West African States": ECOWAS; "Government of
 * National Accord": GNA). Every letter of the acronym is used, and the first comes from the name's first word.
 */
final class Acronyms {

    /** What an acronym looks like: a capital, then capitals or digits ("UNITAMS", "G5"), two to ten in all. */
    static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,9}");
    /** The prepositions inside a name: its head is the word before the first ("Government of National Accord"). */
    static final Set<String> PREPOSITIONS = Set.of("of", "on", "for", "in", "to", "de", "la", "del", "des", "du");
    /** The Arabic article, alone or joined to "and" ("Katibat al Tawhid wal Jihad": KTJ), as names are written in Latin letters. */
    static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "wal", "ul");
    /** Small words inside a name, which an acronym may skip; a name never begins with one. */
    static final Set<String> CONNECTORS = java.util.stream.Stream.of(PREPOSITIONS.stream(),
            java.util.stream.Stream.of("and", "the", "et", "'s", "’s", "&"), ARABIC_ARTICLES.stream()).flatMap(x -> x)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Acronyms() {
    }

    /** A small word; the Arabic article only in lower case ("Al Qaeda in the Arabian Peninsula": AQAP). */
    static boolean connector(String word) {
        var lower = word.toLowerCase(Locale.ROOT);
        return CONNECTORS.contains(lower) && !(ARABIC_ARTICLES.contains(lower) && Character.isUpperCase(word.charAt(0)));
    }

    /**
     * A name's word behind an elided particle or a joined article: "d’Ivoire", "l'Ouest", "al-Islam", "wal-Muslimin"
     * (Ivoire, Ouest, Islam, Muslimin); else {@code null}.
     */
    static String elided(String word) {
        if (word.matches("\\p{Ll}['’]\\p{Lu}.*")) {
            return word.substring(2);
        }
        int dash = word.indexOf('-');
        return dash > 0 && ARABIC_ARTICLES.contains(word.substring(0, dash).toLowerCase(Locale.ROOT)) && dash + 1 < word.length()
                && Character.isUpperCase(word.charAt(dash + 1)) ? word.substring(dash + 1) : null;
    }

    /** Whether a name is written with the Arabic article ("Katibat al Tawhid wal Jihad", "Hay’at Tahrir al-Sham"). */
    static boolean arabic(List<String> words) {
        return words.stream().anyMatch(w -> ARABIC_ARTICLES.contains(w.toLowerCase(Locale.ROOT))
                || (elided(w) != null && !w.matches("\\p{Ll}['’].*")));
    }

    /** Whether {@code acronym} abbreviates the words of a name. */
    static boolean abbreviates(String acronym, List<String> words) {
        words = words.stream().filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.size() > 16 || connector(words.get(0)) || acronym.length() < 2 || acronym.length() > 10) {
            return false;
        }
        return from(acronym.toLowerCase(Locale.ROOT), 0, words, 0);
    }

    /** The name's words as a string splits them: on spaces and hyphens. */
    static boolean abbreviates(String acronym, String name) {
        return abbreviates(acronym, List.of(Token.withoutArticle(name).split("[\\s-]+")));
    }

    /** Letters from {@code a} on, made from words {@code w} on. */
    private static boolean from(String acronym, int a, List<String> words, int w) {
        if (w == words.size()) {
            return a == acronym.length();
        }
        var written = elided(words.get(w)) != null ? elided(words.get(w)) : words.get(w); // "Cote d’Ivoire": I
        var word = written.toLowerCase(Locale.ROOT);
        boolean small = connector(word) || !Character.isLetter(word.charAt(0));
        if (small && from(acronym, a, words, w + 1)) {
            return true; // a small word, or "'s", gives nothing
        }
        if (!small && !Character.isUpperCase(written.charAt(0))) {
            return false; // a lower-case word that is no small word is no part of a name
        }
        return a < acronym.length() && acronym.charAt(a) == word.charAt(0) && within(acronym, a + 1, words, w, word, 0);
    }

    /** Having taken letter {@code c} of the word, more of its letters, or the next word. */
    private static boolean within(String acronym, int a, List<String> words, int w, String word, int c) {
        if (from(acronym, a, words, w + 1)) {
            return true;
        }
        for (int k = c + 1; a < acronym.length() && k < word.length(); k++) {
            if (word.charAt(k) == acronym.charAt(a) && within(acronym, a + 1, words, w, word, k)) {
                return true;
            }
        }
        return false;
    }
}
