package org.entente.extract.cameo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A CAMEO code in brackets as PETRARCH and TABARI dictionaries write it, with the dates it holds between:
 * {@code [USAGOV]}, {@code [RUSGOV >080508]} (since), {@code [HOB < 950601]} (until), {@code [HOBGOV 19950601 - 19990815]}.
 * Dates are yymmdd (00–30 read as 20yy, as TABARI does) or yyyymmdd; here they are yyyy-MM-dd, {@code null} when open.
 *
 * @param code upper case: an actor code ({@code GON}, {@code PSEREBHMS}), an agent code with its tilde ({@code ~GOV},
 *             {@code NGO~}), or a null code ({@code ---}, {@code +++}) naming something that codes nothing
 */
public record ActorCode(String code, String since, String until) {

    private static final Pattern CODE = Pattern.compile("~?[A-Z0-9]+~?|-{3}|\\+{3}|#{3}");
    private static final Pattern DATES = Pattern.compile("([<>]?)(\\d{6}|\\d{8})(?:-(\\d{6}|\\d{8}))?");

    /** Thrown for a bracket that holds no code as this record describes; the message says what is wrong. */
    static final class Invalid extends Exception {

        Invalid(String message) {
            super(message);
        }
    }

    /** Whether this codes an actor: letters, no tilde (agent codes have one), not a null code. */
    public boolean isActor() {
        return code.matches("[A-Z][A-Z0-9]{2,}");
    }

    public boolean isAgent() {
        return code.indexOf('~') >= 0;
    }

    public boolean dated() {
        return since != null || until != null;
    }

    /**
     * The codes of one bracket's content ("HOBGOV 19950601 - 19990815"); several when it names several actors
     * ("FRO/BIL/SAM"), which then share the dates.
     */
    static List<ActorCode> parse(String bracket) throws Invalid {
        var content = bracket.strip();
        if (content.isEmpty()) {
            throw new Invalid("empty brackets: a code goes inside, e.g. [GON]");
        }
        int space = content.indexOf(' ') < 0 ? content.length() : content.indexOf(' ');
        var codes = content.substring(0, space).toUpperCase(Locale.ROOT);
        var dates = content.substring(space).replaceAll("\\s+", "");
        String since = null;
        String until = null;
        if (!dates.isEmpty()) {
            var m = DATES.matcher(dates);
            if (!m.matches() || (m.group(3) != null && !m.group(1).isEmpty())) {
                throw new Invalid("'" + dates + "' is no date: write yymmdd or yyyymmdd, after < (until) or > (since), or a range "
                        + "from-to");
            }
            var first = date(m.group(2));
            if (m.group(1).equals("<")) {
                until = first;
            } else {
                since = first;
                until = m.group(3) == null ? null : date(m.group(3));
            }
        }
        var result = new ArrayList<ActorCode>();
        for (var code : codes.split("/", -1)) {
            if (!CODE.matcher(code).matches()) {
                throw new Invalid("'" + code + "' is no code: letters and digits (GON, PSEREBHMS), ~ before or after an agent's "
                        + "(~GOV, NGO~), or --- for none");
            }
            result.add(new ActorCode(code, since, until));
        }
        return result;
    }

    private static String date(String digits) throws Invalid {
        String iso;
        if (digits.length() == 8) {
            iso = digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8);
        } else {
            int yy = Integer.parseInt(digits.substring(0, 2));
            iso = (yy > 30 ? "19" : "20") + digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4, 6);
        }
        try {
            LocalDate.parse(iso);
            return iso;
        } catch (DateTimeParseException e) {
            throw new Invalid("'" + digits + "' is no day of the calendar");
        }
    }
}
