package org.entente.facts;

/**
 * An article's text with a whitespace- and quote-style-insensitive search, so a curated quote can be checked
 * against the article and placed in it (offsets and the sentence around it).
 */
public final class SourceText {

    private final String text;
    private final StringBuilder folded = new StringBuilder();
    private final int[] offsets; // folded index → original index

    public SourceText(String text) {
        this.text = text;
        this.offsets = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (Character.isWhitespace(c)) {
                if (!space && folded.length() > 0) {
                    offsets[folded.length()] = i;
                    folded.append(' ');
                }
                space = true;
            } else {
                offsets[folded.length()] = i;
                folded.append(c);
                space = false;
            }
        }
        offsets[folded.length()] = text.length();
    }

    public String text() {
        return text;
    }

    /** Where {@code quote} stands in the text, or {@code null} when it does not occur there. */
    public Facts.Evidence locate(String quote) {
        var needle = new SourceText(quote.strip()).folded.toString();
        if (needle.isEmpty()) {
            return null;
        }
        int at = folded.indexOf(needle);
        if (at < 0) {
            return null;
        }
        int start = offsets[at];
        int end = offsets[at + needle.length() - 1] + 1;
        return new Facts.Evidence(text.substring(start, end), sentenceAround(start, end), start, end);
    }

    /** The sentence(s) holding [start, end): from the previous sentence end or line break to the next one. */
    private String sentenceAround(int start, int end) {
        int from = start;
        while (from > 0 && text.charAt(from - 1) != '\n' && !endsSentence(from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && text.charAt(to) != '\n' && !endsSentence(to - 1)) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    /** A full stop, question or exclamation mark (perhaps closed by a quote mark) followed by a space. */
    private boolean endsSentence(int i) {
        if (i < 0 || i + 1 >= text.length() || text.charAt(i + 1) != ' ') {
            return false;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '\'' || c == '”' || c == '’') {
            c = i > 0 ? text.charAt(i - 1) : ' ';
        }
        if (c != '.' && c != '?' && c != '!') {
            return false;
        }
        // "U.S. President": a dot after a single capital letter is an abbreviation, not a sentence end
        return !(i >= 1 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))
                || text.charAt(i - 2) == '.'));
    }

    private static char fold(char c) {
        return switch (c) {
            case '“', '”', '„', '″' -> '"';
            case '‘', '’', '‚', '′' -> '\'';
            default -> Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c; // no-break, narrow no-break, thin spaces
        };
    }
}
