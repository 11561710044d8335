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
    /** Small words inside a name, which an acronym may skip; a name never begins with one. */
    static final Set<String> CONNECTORS = java.util.stream.Stream.concat(PREPOSITIONS.stream(),
            java.util.stream.Stream.of("and", "the", "et", "'s", "’s", "&")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Acronyms() {
    }

    static boolean connector(String word) {
        return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A name's word behind an elided particle: "d’Ivoire", "l'Ouest" (Ivoire, Ouest); else {@code null}. */
    static String elided(String word) {
        return word.matches("\\p{Ll}['’]\\p{Lu}.*") ? word.substring(2) : null;
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
