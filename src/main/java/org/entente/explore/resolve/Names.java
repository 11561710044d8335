package org.entente.explore.resolve;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How user text meets names: a normal form for exact matching, and a safe full-text query for fuzzy search. */
public final class Names {

    private static final String LUCENE_SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    /** Names are short; a longer text is a mistake, and each word costs the full-text engine several clauses. */
    static final int MAX_LENGTH = 200;
    private static final int MAX_WORDS = 12;
    /** Words that say nothing about a subject; a query that wants them finds less. */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("the", "a", "an", "of", "to", "in", "on", "and",
            "or", "about", "for", "with", "over", "by");

    private Names() {
    }

    /** "U.S." and "US" → "us"; "the Kremlin" → "kremlin"; "Medvédev" → "medvedev". */
    public static String normal(String s) {
        var n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[.'’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    /** Refuses a text longer than any name, before it costs a query. */
    public static void checkLength(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a name or search text is at most " + MAX_LENGTH + " characters, this one has "
                    + text.length());
        }
    }

    /**
     * A Lucene query for the full-text index built only from escaped words, so user text can never be read as
     * query syntax: the whole phrase first, then each word exactly, then close spellings and prefixes.
     */
    public static String fullTextQuery(String text) {
        checkLength(text);
        var words = words(Arrays.stream(text.strip().split("\\s+")), 1);
        if (words.isEmpty()) {
            return null;
        }
        var parts = new StringBuilder("\"" + String.join(" ", words) + "\"^4");
        for (var w : words) {
            parts.append(" OR ").append(w).append("^2");
            if (w.length() >= 4 && !w.contains("\\")) {
                parts.append(" OR ").append(w).append("~1 OR ").append(w).append('*');
            }
        }
        return parts.toString();
    }

    /** A Lucene query that wants every word of the text (at most 12), each escaped: "Georgia joining NATO". */
    public static String allWordsQuery(String text) {
        checkLength(text);
        // "U.S." and other short tokens are spelled too many ways to be required
        var words = words(Arrays.stream(text.strip().split("[\\s,;:!?]+|\\.(?=\\s|$)")).map(w -> w.replace(".", "")), 3);
        return words.isEmpty() ? null : words.stream().map(w -> "+" + w).collect(Collectors.joining(" "));
    }

    /**
     * The words of a query, lower case and escaped, at most {@link #MAX_WORDS}: without fillers ("the" and "of" would
     * match half the graph) and words shorter than {@code minLength}, unless that leaves nothing.
     */
    private static List<String> words(Stream<String> split, int minLength) {
        var all = split.filter(w -> !w.isBlank()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        var meaningful = all.stream().filter(w -> !FILLERS.contains(w)).toList();
        var longEnough = meaningful.stream().filter(w -> w.length() >= minLength).toList();
        var chosen = !longEnough.isEmpty() ? longEnough : !meaningful.isEmpty() ? meaningful : all;
        return chosen.stream().map(Names::escape).limit(MAX_WORDS).toList();
    }

    /** A Lucene query for any of these phrases, each quoted and escaped: an issue's words. */
    public static String anyPhraseQuery(java.util.List<String> phrases) {
        return phrases.isEmpty() ? null : phrases.stream().map(p -> "\"" + escape(p.toLowerCase(Locale.ROOT)) + "\"")
                .collect(Collectors.joining(" OR "));
    }

    public static String escape(String word) {
        return word.chars().mapToObj(c -> LUCENE_SPECIAL.indexOf(c) >= 0 ? "\\" + (char) c : String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
