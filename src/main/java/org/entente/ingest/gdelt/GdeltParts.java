package org.entente.ingest.gdelt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.entente.ingest.bulk.Utf8Lines;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Opens one part of a GDELT file (a file, or an entry of a zip) as rows, in the layout its first non-empty line shows:
 * GDELT's tab-separated columns, or a BigQuery CSV export with its header.
 */
final class GdeltParts {

    /** How far the first line may reach before the part is taken for no GDELT file (a first line holds a few hundred bytes). */
    private static final int LONGEST_FIRST_LINE = 1 << 22;
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES).build();

    private GdeltParts() {
    }

    /** The rows of a part after its line {@code skip}; the stream is closed with the rows. */
    static GdeltFile.PartRows open(String name, BufferedInputStream in, long skip) throws IOException {
        var first = firstLine(name, in);
        if (first == null) {
            in.close();
            return new Empty();
        }
        var text = first.text();
        try {
            if (text.indexOf('\t') >= 0) {
                var fields = text.split("\t", -1);
                if (isHeader(fields[0])) {
                    return new TsvRows(name, in, header(name, fields), first.number(), skip);
                }
                var columns = GdeltColumns.ofWidth(fields.length);
                if (columns == null) {
                    throw new GdeltFileException(name + ": not a GDELT event file: line " + first.number() + " has "
                            + fields.length + " tab-separated columns; expected " + GdeltColumns.expected());
                }
                return new TsvRows(name, in, columns, 0, skip);
            }
            if (isHeader(text.split(",", 2)[0].replace("\"", ""))) {
                return new CsvRows(name, in, skip);
            }
            throw new GdeltFileException(name + ": not a GDELT event file: line " + first.number() + " has no tab and is no "
                    + "header naming GLOBALEVENTID first; expected " + GdeltColumns.expected());
        } catch (RuntimeException | IOException e) {
            closeQuietly(in, e);
            throw e;
        }
    }

    /** The first line that is not blank, read ahead and then given back to the stream; {@code null} for an empty part. */
    private static Utf8Lines.Line firstLine(String name, BufferedInputStream in) throws IOException {
        in.mark(LONGEST_FIRST_LINE);
        var peek = new Utf8Lines(in);
        Utf8Lines.Line first;
        do {
            first = peek.next();
        } while (first != null && first.text() != null && first.text().isBlank());
        try {
            in.reset();
        } catch (IOException e) {
            in.close();
            throw new GdeltFileException(name + ": not a GDELT event file: no line break in its first "
                    + (LONGEST_FIRST_LINE >> 20) + " MB; expected " + GdeltColumns.expected());
        }
        if (first != null && first.text() == null) {
            in.close();
            throw new GdeltFileException(name + ": not a GDELT event file: line " + first.number()
                    + " is not UTF-8 text (GDELT writes UTF-8); expected " + GdeltColumns.expected());
        }
        return first;
    }

    private static boolean isHeader(String firstField) {
        return firstField.strip().equalsIgnoreCase("GLOBALEVENTID");
    }

    private static GdeltColumns header(String name, String[] names) {
        var missing = new ArrayList<String>();
        var columns = GdeltColumns.ofHeader(names, missing);
        if (columns == null) {
            throw new GdeltFileException(name + ": the header names no column " + String.join(", ", missing)
                    + "; a GDELT event needs them all");
        }
        return columns;
    }

    private static void closeQuietly(BufferedInputStream in, Exception failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static final class Empty implements GdeltFile.PartRows {

        @Override
        public GdeltRow next() {
            return null;
        }

        @Override
        public void close() {
        }
    }

    /** GDELT's own format: one row a line, fields split at tabs, no quoting. */
    private static final class TsvRows implements GdeltFile.PartRows {

        private final String name;
        private final Utf8Lines lines;
        private final GdeltRows rows;

        TsvRows(String name, BufferedInputStream in, GdeltColumns columns, long headerLine, long skip) throws IOException {
            this.name = name;
            this.lines = new Utf8Lines(in);
            this.rows = new GdeltRows(columns, name);
            lines.skipTo(Math.max(headerLine, skip));
        }

        @Override
        public GdeltRow next() throws IOException {
            while (true) {
                var line = lines.next();
                if (line == null) {
                    return null;
                }
                if (line.text() == null) {
                    return new GdeltProblem(name, line.number(), "the line is not UTF-8 text");
                }
                if (!line.text().isBlank()) {
                    return rows.row(line.text().split("\t", -1), line.number());
                }
            }
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** A BigQuery export: RFC 4180 CSV whose header names the columns; its records may span lines inside quotes. */
    private static final class CsvRows implements GdeltFile.PartRows {

        private final String name;
        private final long skip;
        private final MappingIterator<String[]> records;
        private final GdeltRows rows;
        private long line = 1;

        CsvRows(String name, BufferedInputStream in, long skip) {
            this.name = name;
            this.skip = skip;
            var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.records = CSV.readerFor(String[].class).readValues(new InputStreamReader(in, utf8));
            this.rows = new GdeltRows(header(name, record()), name);
        }

        @Override
        public GdeltRow next() {
            while (true) {
                var record = record();
                if (record == null) {
                    return null;
                }
                if (line > skip) {
                    return rows.row(record, line);
                }
            }
        }

        /** The next record, with {@link #line} set to the line it starts on; {@code null} at the end. */
        private String[] record() {
            try {
                if (!records.hasNextValue()) {
                    return null;
                }
                // the token that opens a record is placed at the end of the record before it
                line = Math.max(records.parser().currentTokenLocation().getLineNr(), 0) + 1;
                return records.nextValue();
            } catch (JacksonException e) {
                var reason = e.getCause() instanceof MalformedInputException ? "is not UTF-8 text" : "is no CSV (" + e.getOriginalMessage() + ")";
                throw new GdeltFileException(name + ":" + line + ": the file " + reason, e);
            }
        }

        @Override
        public void close() {
            records.close();
        }
    }
}
