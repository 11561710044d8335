package org.entente.ingest.gdelt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where each column of a GDELT event file is: one of GDELT's three tab-separated layouts without a header, told apart by
 * their column count, or a header line's names (BigQuery exports), matched without regard to case or order.
 * <p>
 * The order of GDELT 2.0 (61 columns) is the GDELT 2.0 Event Codebook's
 * (data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf), as its column-label file
 * {@code GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv} lists it (copied in linwoodc3/gdeltPyR,
 * {@code utils/schema_csvs/}), and checked on {@code 20191024143000.export.CSV}: SQLDATE yyyyMMdd second, the CAMEO event
 * codes 27–29, ActionGeo's latitude and longitude 57–58, the file's own timestamp as DATEADDED 60, a URL last.
 * GDELT 1.0 (codebook V1.03, data.gdeltproject.org/documentation/GDELT-Data_Format_Codebook.pdf, and its header files
 * {@code lookups/CSV.header.historical.txt}, {@code CSV.header.dailyupdates.txt}) has the same columns without the three
 * ADM2 codes, DATEADDED as yyyyMMdd, and SOURCEURL only in the daily files from 2013-04-01 on: 58 columns, 57 before.
 */
final class GdeltColumns {

    private static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
            "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
    private static final List<String> GEO_V1 = List.of("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID");
    private static final List<String> GEO_V2 = List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
            "FeatureID");

    static final List<String> GDELT_2 = layout(GEO_V2, true);
    static final List<String> GDELT_1_DAILY = layout(GEO_V1, true);
    static final List<String> GDELT_1_HISTORICAL = layout(GEO_V1, false);

    /** Columns a header must name: what an event cannot do without. The others are read when they are there. */
    private static final List<String> REQUIRED = List.of("GLOBALEVENTID", "SQLDATE", "IsRootEvent", "EventCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone");

    private final Map<String, Integer> index = new HashMap<>();
    private final int width;
    private final String description;

    private GdeltColumns(List<String> names, String description) {
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i); // a BOM before the first
        }
        this.width = names.size();
        this.description = description;
    }

    /** The headerless layout of that many tab-separated columns, or {@code null} when GDELT has none. */
    static GdeltColumns ofWidth(int columns) {
        return switch (columns) {
            case 61 -> new GdeltColumns(GDELT_2, "GDELT 2.0 event export, 61 columns");
            case 58 -> new GdeltColumns(GDELT_1_DAILY, "GDELT 1.0 daily events, 58 columns");
            case 57 -> new GdeltColumns(GDELT_1_HISTORICAL, "GDELT 1.0 historical events, 57 columns");
            default -> null;
        };
    }

    /** The layout a header line names; {@code null} with the missing columns in {@code missing} when it lacks some. */
    static GdeltColumns ofHeader(String[] names, List<String> missing) {
        var columns = new GdeltColumns(List.of(names), "a header of " + names.length + " columns");
        REQUIRED.stream().filter(name -> columns.at(name) < 0).forEach(missing::add);
        return missing.isEmpty() ? columns : null;
    }

    static String expected() {
        return "57 or 58 tab-separated columns (GDELT 1.0), 61 (GDELT 2.0), or a header line naming GLOBALEVENTID, SQLDATE, "
                + "EventCode … (a BigQuery export)";
    }

    /** The position of a column, {@code -1} when the file has none of that name. */
    int at(String name) {
        return index.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    int width() {
        return width;
    }

    String description() {
        return description;
    }

    private static List<String> layout(List<String> geo, boolean sourceUrl) {
        var names = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        Stream.of("Actor1", "Actor2").forEach(actor -> ACTOR.forEach(field -> names.add(actor + field)));
        names.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        Stream.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_").forEach(place -> geo.forEach(field -> names.add(place + field)));
        names.add("DATEADDED");
        if (sourceUrl) {
            names.add("SOURCEURL");
        }
        return List.copyOf(names);
    }
}
