package org.entente.extract.text;

/**
 * The source notes an edited document puts between its sentences: "… in Lebanon.” (U.N. doc. S/4057, printed ibid., page
 * 992) The resolution was …", "(Ibid.)", "(Department of State, Rusk Files: Lot 72 D 192)". The sentence splitter takes
 * such a note for the start of the next sentence, and the parser its words for the subject ("(U.N. Document S/5030)
 * Adlai Stevenson … criticized": the United Nations criticizing). {@link #blanked} hides them from the language models,
 * keeping every offset: the body, its quotes and its mentions elsewhere are unchanged.
 */
public final class Citations {

    /** A note is no longer than this; a longer bracket is prose. */
    private static final int LONGEST = 300;

    private Citations() {
    }

    /**
     * {@code body} with each note between two sentences turned into spaces (line breaks kept): a bracket that opens after
     * a sentence's end (".", "!", "?", perhaps with a closing quote or bracket) and closes before the next sentence (a
     * capital letter, a digit, or the end of the text); not a bracketed sentence of its own, whose last word ends it
     * ("(The two sides met again in May.)"), unless it is a word or three ("(Ibid.)").
     */
    public static String blanked(String body) {
        StringBuilder out = null;
        for (int open = body.indexOf('('); open >= 0; open = body.indexOf('(', open + 1)) {
            int close = body.indexOf(')', open);
            if (close < 0 || close - open > LONGEST || body.indexOf('(', open + 1) >= 0 && body.indexOf('(', open + 1) < close
                    || !afterSentence(body, open) || !beforeSentence(body, close + 1) || ownSentence(body.substring(open + 1, close))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(body);
            }
            for (int i = open; i <= close; i++) {
                if (body.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? body : out.toString();
    }

    private static boolean afterSentence(String body, int open) {
        int i = open - 1;
        while (i >= 0 && Character.isWhitespace(body.charAt(i))) {
            i--;
        }
        if (i == open - 1) {
            return false; // "Document(s)", no space: a word's own bracket
        }
        while (i >= 0 && "\"”’')".indexOf(body.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(body.charAt(i)) >= 0;
    }

    private static boolean beforeSentence(String body, int after) {
        int i = after;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i == body.length() || Character.isUpperCase(body.charAt(i)) || Character.isDigit(body.charAt(i))
                || body.charAt(i) == '(' || body.charAt(i) == '“' || body.charAt(i) == '"';
    }

    private static boolean ownSentence(String inside) {
        var words = inside.strip().split("\\s+");
        return inside.strip().matches(".*[.!?][\"”’]?$") && words.length > 3;
    }
}
