package org.entente.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** ISO 8601 dates at the precision a text gives: a year, a month or a day; never more precise than known. */
public final class FactsDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private FactsDates() {
    }

    public static boolean isValid(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            return false;
        }
        try {
            switch (value.length()) {
                case 10 -> LocalDate.parse(value);
                case 7 -> YearMonth.parse(value);
                default -> { }
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
