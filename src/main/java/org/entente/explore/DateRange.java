package org.entente.explore;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A period given as ISO dates at any precision ("2009", "2009-07", "2009-04-01"), as the graph stores dates. A
 * partial date covers its whole year or month: "from=2009&to=2009" is all of 2009, and a claim dated "2009-07"
 * falls in a range that includes any day of July 2009.
 */
public record DateRange(String first, String last) {

    public static final DateRange ALL = new DateRange(null, null);

    /** Both bounds optional; a bad date or a range that ends before it starts is a 400. */
    public static DateRange of(String from, String to) {
        return of("from", from, "to", to);
    }

    /** The same, with the bounds named as the caller's parameters are (since, until), for the messages. */
    public static DateRange of(String fromName, String from, String toName, String to) {
        var first = from == null || from.isBlank() ? null : firstDay(check(fromName, from.strip()));
        var last = to == null || to.isBlank() ? null : endOf(check(toName, to.strip()));
        if (first != null && last != null && first.compareTo(last) > 0) {
            throw new IllegalArgumentException(fromName + " (" + from + ") is after " + toName + " (" + to + ")");
        }
        return new DateRange(first, last);
    }

    public boolean overlaps(String date) {
        return date != null && (first == null || lastDay(date).compareTo(first) >= 0)
                && (last == null || firstDay(date).compareTo(last) <= 0);
    }

    public static String precision(String date) {
        if (date == null) {
            return null;
        }
        return switch (date.length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
    }

    public static String firstDay(String date) {
        return switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
    }

    /** The last day as a string that sorts after every day of the period ("2009-02-31" is fine for comparing). */
    public static String lastDay(String date) {
        return switch (date.length()) {
            case 4 -> date + "-12-31";
            case 7 -> date + "-31";
            default -> date;
        };
    }

    /** The true last day of a period: 2009-02 ends on 2009-02-28. */
    private static String endOf(String date) {
        return switch (date.length()) {
            case 4 -> date + "-12-31";
            case 7 -> YearMonth.parse(date).atEndOfMonth().toString();
            default -> date;
        };
    }

    private static String check(String name, String date) {
        try {
            switch (date.length()) {
                case 4 -> Year.parse(date);
                case 7 -> YearMonth.parse(date);
                case 10 -> LocalDate.parse(date);
                default -> throw new DateTimeParseException("length", date, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date as yyyy, yyyy-MM or yyyy-MM-dd, not '"
                    + (date.length() > 40 ? date.substring(0, 40) + "…" : date) + "'");
        }
    }
}
