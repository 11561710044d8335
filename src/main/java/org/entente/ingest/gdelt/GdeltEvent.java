package org.entente.ingest.gdelt;

/**
 * One row of a GDELT event file, typed. CAMEO codes are strings with their leading zeros ({@code 061}, root
 * {@code 04}), whether or not the file kept them. {@code date} is the day of the event ({@code yyyy-MM-dd});
 * {@code dateAdded} when GDELT added it, {@code yyyy-MM-dd} in GDELT 1.0 and the UTC time {@code yyyy-MM-ddTHH:mm:ssZ}
 * in 2.0, {@code null} when the file has no such column. {@code actor2} and {@code place} are {@code null} when GDELT
 * names none; {@code sourceUrl} is {@code null} in the files before April 2013, which have no such column.
 */
public record GdeltEvent(String id, String date, GdeltActor actor1, GdeltActor actor2, boolean isRootEvent,
                         String eventCode, String eventBaseCode, String eventRootCode, int quadClass, double goldstein,
                         int numMentions, int numSources, int numArticles, double avgTone, GdeltPlace place,
                         String dateAdded, String sourceUrl, String file, long line) implements GdeltRow {
}
