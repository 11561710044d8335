package org.entente.ingest.gdelt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Turns the fields of one row into a {@link GdeltEvent}, or into a {@link GdeltProblem} saying which field is wrong.
 * Column positions are looked up once per file. Empty fields and BigQuery's {@code NULL} are both absent values.
 */
final class GdeltRows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final GdeltColumns columns;
    private final String file;
    private final int id, date, root, base, event, isRoot, quad, goldstein, mentions, sources, articles, tone, added, url;
    private final int[] actor1, actor2, place;

    GdeltRows(GdeltColumns columns, String file) {
        this.columns = columns;
        this.file = file;
        id = columns.at("GLOBALEVENTID");
        date = columns.at("SQLDATE");
        isRoot = columns.at("IsRootEvent");
        event = columns.at("EventCode");
        base = columns.at("EventBaseCode");
        root = columns.at("EventRootCode");
        quad = columns.at("QuadClass");
        goldstein = columns.at("GoldsteinScale");
        mentions = columns.at("NumMentions");
        sources = columns.at("NumSources");
        articles = columns.at("NumArticles");
        tone = columns.at("AvgTone");
        added = columns.at("DATEADDED");
        url = columns.at("SOURCEURL");
        actor1 = actor("Actor1");
        actor2 = actor("Actor2");
        place = positions("ActionGeo_", "Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID");
    }

    GdeltRow row(String[] fields, long line) {
        if (fields.length != columns.width()) {
            return new GdeltProblem(file, line, fields.length + " columns where the file's layout (" + columns.description()
                    + ") has " + columns.width());
        }
        try {
            return event(fields, line);
        } catch (BadField e) {
            return new GdeltProblem(file, line, e.getMessage());
        }
    }

    private GdeltEvent event(String[] f, long line) throws BadField {
        var eventId = text(f, id);
        if (eventId == null) {
            throw new BadField("no GLOBALEVENTID");
        }
        if (!eventId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadField("GLOBALEVENTID '" + eventId + "' is not a number");
        }
        var rootCode = root >= 0 ? CameoEventCodes.root(text(f, root)) : CameoEventCodes.rootOf(text(f, event));
        if (rootCode == null) {
            throw new BadField("EventRootCode '" + text(f, root) + "' is not a CAMEO root code (1 or 2 digits)");
        }
        var eventCode = CameoEventCodes.event(text(f, event), rootCode);
        if (eventCode == null) {
            throw new BadField("EventCode '" + text(f, event) + "' is not a CAMEO event code (2 to 4 digits) under root " + rootCode);
        }
        var baseCode = base >= 0 ? CameoEventCodes.base(text(f, base), rootCode) : eventCode.substring(0, 3);
        if (baseCode == null) {
            throw new BadField("EventBaseCode '" + text(f, base) + "' is not a CAMEO base code (2 or 3 digits) under root " + rootCode);
        }
        int quadClass = integer(f, quad, "QuadClass");
        if (quadClass < 1 || quadClass > 4) {
            throw new BadField(text(f, quad) == null ? "no QuadClass" : "QuadClass " + quadClass + " is not 1 to 4");
        }
        return new GdeltEvent(eventId, day(text(f, date), "SQLDATE"), actor(f, actor1), actor(f, actor2), flag(f, isRoot),
                eventCode, baseCode, rootCode, quadClass, number(f, goldstein, "GoldsteinScale", true),
                integer(f, mentions, "NumMentions"), integer(f, sources, "NumSources"), integer(f, articles, "NumArticles"),
                number(f, tone, "AvgTone", false), place(f), added(text(f, added)), text(f, url), file, line);
    }

    private GdeltActor actor(String[] f, int[] at) {
        var code = text(f, at[0]);
        var name = text(f, at[1]);
        if (code == null && name == null) {
            return null;
        }
        return new GdeltActor(code, name, text(f, at[2]), text(f, at[3]), text(f, at[4]), text(f, at[5]), text(f, at[6]),
                text(f, at[7]), text(f, at[8]), text(f, at[9]));
    }

    private GdeltPlace place(String[] f) throws BadField {
        var type = text(f, place[0]);
        var name = text(f, place[1]);
        if ((type == null || type.equals("0")) && name == null) {
            return null;
        }
        var lat = text(f, place[4]) == null ? null : number(f, place[4], "ActionGeo_Lat", true);
        var lon = text(f, place[5]) == null ? null : number(f, place[5], "ActionGeo_Long", true);
        return new GdeltPlace(integer(f, place[0], "ActionGeo_Type"), name, text(f, place[2]), text(f, place[3]), lat, lon,
                text(f, place[6]));
    }

    private static String day(String value, String column) throws BadField {
        if (value == null) {
            throw new BadField("no " + column);
        }
        try {
            return LocalDate.parse(value, DAY).toString();
        } catch (DateTimeParseException e) {
            throw new BadField(column + " '" + value + "' is not a date (yyyyMMdd)");
        }
    }

    /** DATEADDED: a day in GDELT 1.0, a UTC second in 2.0. */
    private static String added(String value) throws BadField {
        if (value == null) {
            return null;
        }
        if (value.length() == 8) {
            return day(value, "DATEADDED");
        }
        try {
            return LocalDateTime.parse(value, SECOND).format(UTC);
        } catch (DateTimeParseException e) {
            throw new BadField("DATEADDED '" + value + "' is not a date (yyyyMMdd) or time (yyyyMMddHHmmss)");
        }
    }

    private static boolean flag(String[] f, int at) throws BadField {
        var value = text(f, at);
        if (value == null || value.equals("0") || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equals("1") || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadField("IsRootEvent '" + value + "' is not 1 or 0");
    }

    /** An integer column; absent counts as 0 (an optional column of a header file). */
    private static int integer(String[] f, int at, String column) throws BadField {
        var value = text(f, at);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadField(column + " '" + value + "' is not a whole number");
        }
    }

    private static double number(String[] f, int at, String column, boolean required) throws BadField {
        var value = text(f, at);
        if (value == null) {
            if (required) {
                throw new BadField("no " + column);
            }
            return 0;
        }
        try {
            var number = Double.parseDouble(value);
            char last = value.charAt(value.length() - 1);
            if (Double.isFinite(number) && (Character.isDigit(last) || last == '.')) { // not Java's 1d, 0x1p3 or NaN
                return number;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new BadField(column + " '" + value + "' is not a number");
    }

    /** A field's text, {@code null} when the column is missing, empty or BigQuery's {@code NULL}. */
    private static String text(String[] f, int at) {
        if (at < 0) {
            return null;
        }
        var value = f[at];
        return value == null || value.isEmpty() || value.equals("NULL") ? null : value;
    }

    private int[] actor(String prefix) {
        return positions(prefix, "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code");
    }

    private int[] positions(String prefix, String... names) {
        var at = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            at[i] = columns.at(prefix + names[i]);
        }
        return at;
    }

    /** A field that makes the row no event; its message is the problem's reason. */
    private static final class BadField extends Exception {

        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
