package org.entente.extract.rules;

import java.util.Set;

/**
 * The date of a claim at the precision the text gives: a date named in the claim's words (SUTime resolves "in July"
 * and "today" against the article date), else the article date, since what an article states in the present holds as
 * of its publication. A week becomes its year (a week can span two months); no day is ever invented.
 */
public final class Dates {

    private static final Set<String> FUTURE = Set.of("will", "expire", "next", "until", "shall", "'ll");

    private Dates() {
    }

    public static String claimDate(Text text, int[] sentence, int from, int to) {
        var date = firstDate(text, from, to);
        if (date == null) {
            date = firstDate(text, sentence[0], sentence[1]);
        }
        return date != null ? date : text.published;
    }

    private static String firstDate(Text text, int from, int to) {
        for (int i = from; i < to; i++) {
            var t = text.tokens.get(i);
            if (!t.ner().equals("DATE") || t.normalized() == null) {
                continue;
            }
            var value = t.normalized();
            if (value.matches("\\d{4}-W\\d{2}.*")) {
                return value.substring(0, 4);
            }
            if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                continue;
            }
            return future(text, from, to, i, value);
        }
        return null;
    }

    /** "expires in December", said in April 2009, is December 2009, though SUTime looks back to December 2008. */
    private static String future(Text text, int from, int to, int at, String value) {
        if (text.published == null || text.published.length() < 7 || value.length() != 7 || value.compareTo(text.published.substring(0, 7)) >= 0
                || text.tokens.get(at).word().matches("\\d{4}")) {
            return value;
        }
        for (int i = from; i < to; i++) {
            if (FUTURE.contains(text.tokens.get(i).lemma().toLowerCase())) {
                return (Integer.parseInt(value.substring(0, 4)) + 1) + value.substring(4);
            }
        }
        return value;
    }
}
