package org.entente.extract.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;

/**
 * The date of a claim at the precision the text gives: a date named in the claim's words (SUTime resolves "in July of
 * 2008" and "today" against the article date), else the article date, since what an article states in the present holds
 * as of its publication. A week becomes its year (a week can span two months); no day is ever invented.
 *
 * <p>A bare weekday or month ("on Thursday", "in July") is placed here, not by SUTime: SUTime decides its direction by
 * a tag left on a shared object by whatever sentence the JVM read last (CoreNLP issue 1061), so the same article would
 * be dated differently after other articles or in another order. Here the tense of the verb next to the word decides:
 * past, the last such day or month on or before the article's date; future ("will", "next", "expire"…) or present
 * ("the talks open on Thursday"), the first on or after it, except that a month in the present is the article's year.
 */
public final class Dates {

    private static final Set<String> FUTURE = Set.of("will", "expire", "next", "until", "shall", "'ll");
    /** Auxiliaries of the future, by lemma ("won't" is "wo" + "n't"); the event stage reads them too. */
    public static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "wo");

    private enum Tense { PAST, PRESENT, FUTURE }

    private Dates() {
    }

    public static String claimDate(Text text, int[] sentence, int from, int to) {
        var date = firstDate(text, sentence, from, to);
        if (date == null) {
            date = firstDate(text, sentence, sentence[0], sentence[1]);
        }
        return date != null ? date : text.published;
    }

    private static String firstDate(Text text, int[] sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            var t = text.tokens.get(i);
            if (!t.ner().equals("DATE") || t.normalized() == null) {
                continue;
            }
            var bare = bare(text, sentence, i);
            if (bare != null) {
                return bare;
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

    /**
     * The date of a weekday or month named alone ("on Thursday", "in July": a date of one word), by the tense next to
     * it and the article's date; null when the word is not alone, or the article has no day (or month) to count from.
     */
    private static String bare(Text text, int[] sentence, int at) {
        var tokens = text.tokens;
        var word = tokens.get(at).word().toLowerCase(Locale.ROOT);
        if (at > sentence[0] && tokens.get(at - 1).ner().equals("DATE")
                || at + 1 < sentence[1] && tokens.get(at + 1).ner().equals("DATE")) {
            return null;
        }
        var published = text.published;
        var weekday = weekday(word);
        if (weekday != null && published != null && published.length() == 10) {
            var day = parse(published);
            if (day == null) {
                return null;
            }
            return (tense(text, sentence, at) == Tense.PAST ? day.with(TemporalAdjusters.previousOrSame(weekday))
                    : day.with(TemporalAdjusters.nextOrSame(weekday))).toString();
        }
        var month = month(word);
        if (month != null && published != null && published.length() >= 7) {
            var then = YearMonth.of(Integer.parseInt(published.substring(0, 4)), Integer.parseInt(published.substring(5, 7)));
            var same = YearMonth.of(then.getYear(), month);
            switch (tense(text, sentence, at)) {
                case PAST:
                    return (same.isAfter(then) ? same.minusYears(1) : same).toString();
                case FUTURE:
                    return (same.isBefore(then) ? same.plusYears(1) : same).toString();
                default:
                    return same.toString();
            }
        }
        return null;
    }

    /**
     * The tense of the verb nearest the date word in its sentence (ties: the one before it, which the date usually
     * follows): future with a future auxiliary (will, shall) or "expire" in its verb group, past with a
     * past-tense verb or "have" before a participle, present otherwise.
     */
    private static Tense tense(Text text, int[] sentence, int at) {
        var tokens = text.tokens;
        int verb = -1;
        for (int d = 1; verb < 0 && (at - d >= sentence[0] || at + d < sentence[1]); d++) {
            if (at - d >= sentence[0] && tokens.get(at - d).pos().startsWith("VB")) {
                verb = at - d;
            } else if (at + d < sentence[1] && tokens.get(at + d).pos().startsWith("VB")) {
                verb = at + d;
            }
        }
        if (verb < 0) {
            return Tense.PRESENT;
        }
        var past = false;
        for (int i = Math.max(sentence[0], verb - 3); i <= verb; i++) {
            var t = tokens.get(i);
            var lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (FUTURE_AUXILIARIES.contains(lemma) || FUTURE.contains(lemma) && t.pos().startsWith("VB")) {
                return Tense.FUTURE;
            }
            past |= t.pos().equals("VBD") || t.pos().equals("VBN") && i < verb && lemma.equals("have");
        }
        return past ? Tense.PAST : Tense.PRESENT;
    }

    private static DayOfWeek weekday(String word) {
        for (var d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(word)) {
                return d;
            }
        }
        return null;
    }

    private static Month month(String word) {
        for (var m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(word)) {
                return m;
            }
        }
        return null;
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A month of more words ("in early December"), said in April 2009 of the future: December 2009, not 2008. */
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
