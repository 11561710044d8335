package org.entente.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT event files of every layout read into events, bad rows into problems, and files that are no GDELT into errors. */
class GdeltFileTests {

    static final Path SAMPLE = Path.of("/work/shared/data/gdelt/20191024143000.export.CSV");

    /** Line 2043 of the sample, as GDELT wrote it: Joe Biden (USAGOV) criticizes Hunter (CVL), at the White House. */
    static final String BIDEN = tsv("881992874", "20191024", "201910", "2019", "2019.8055",
            "USAGOV", "JOE BIDEN", "USA", "", "", "", "", "GOV", "", "",
            "CVL", "HUNTER", "", "", "", "", "", "CVL", "", "",
            "1", "012", "012", "01", "1", "-0.4", "2", "1", "2", "-4.03225806451613",
            "3", "White House, District of Columbia, United States", "US", "USDC", "", "38.8951", "-77.0364", "531871",
            "3", "White House, District of Columbia, United States", "US", "USDC", "", "38.8951", "-77.0364", "531871",
            "3", "White House, District of Columbia, United States", "US", "USDC", "", "38.8951", "-77.0364", "531871",
            "20191024143000", "https://drudge.com/news/236608/trump-sought-billions-cuts");

    /** A GDELT 1.0 daily row (58 columns, from the 1.0 codebook): Russia's government wants to meet the United States. */
    static final String V1_DAILY = tsv("255254412", "20130401", "201304", "2013", "2013.2493",
            "RUSGOV", "RUSSIA", "RUS", "", "", "", "", "GOV", "", "",
            "USA", "UNITED STATES", "USA", "", "", "", "", "", "", "",
            "1", "036", "036", "03", "1", "4.0", "6", "1", "6", "2.53164556962025",
            "4", "Moscow, Moskva, Russia", "RS", "RS48", "55.7522", "37.6156", "-2960561",
            "1", "United States", "US", "US", "38", "-97", "",
            "4", "Moscow, Moskva, Russia", "RS", "RS48", "55.7522", "37.6156", "-2960561",
            "20130401", "http://en.ria.ru/world/20130401/180366042.html");

    /** A GDELT 1.0 historical row (57 columns, no SOURCEURL): Israel fights, with no second actor. */
    static final String V1_HISTORICAL = tsv("138713", "19850812", "198508", "1985", "1985.6164",
            "ISR", "ISRAEL", "ISR", "", "", "", "", "", "", "",
            "", "", "", "", "", "", "", "", "", "",
            "0", "190", "190", "19", "4", "-10.0", "3", "1", "3", "-4.5",
            "1", "Israel", "IS", "IS", "31.5", "34.75", "",
            "", "", "", "", "", "", "",
            "1", "Israel", "IS", "IS", "31.5", "34.75", "",
            "20130203");

    @TempDir
    Path folder;

    @Test
    void shouldReadEveryRowOfTheSampleWithoutAProblem() {
        var rows = read(SAMPLE);
        assertThat(rows).hasSize(2111);
        assertThat(rows).allMatch(r -> r instanceof GdeltEvent);
        assertThat(rows.get(0).line()).isEqualTo(1);
        assertThat(rows.get(2110).line()).isEqualTo(2111);
        assertThat(((GdeltEvent) rows.get(0)).id()).isEqualTo("881990832");
    }

    @Test
    void shouldReadEveryFieldOfARealGdelt2Row() {
        var event = (GdeltEvent) read(SAMPLE).get(2042);

        assertThat(event).isEqualTo(new GdeltEvent("881992874", "2019-10-24",
                new GdeltActor("USAGOV", "JOE BIDEN", "USA", null, null, null, null, "GOV", null, null),
                new GdeltActor("CVL", "HUNTER", null, null, null, null, null, "CVL", null, null),
                true, "012", "012", "01", 1, -0.4, 2, 1, 2, -4.03225806451613,
                new GdeltPlace(3, "White House, District of Columbia, United States", "US", "USDC", 38.8951, -77.0364, "531871"),
                "2019-10-24T14:30:00Z", "https://drudge.com/news/236608/trump-sought-billions-cuts", SAMPLE.toString(), 2043));
        assertThat(read(write("biden.csv", BIDEN)).get(0)).usingRecursiveComparison().ignoringFields("file", "line").isEqualTo(event);
    }

    @Test
    void shouldReadGdelt1DailyRowsWithTheirUrl() {
        var event = (GdeltEvent) read(write("20130401.export.CSV", V1_DAILY)).get(0);

        assertThat(event.id()).isEqualTo("255254412");
        assertThat(event.date()).isEqualTo("2013-04-01");
        assertThat(event.actor1()).isEqualTo(new GdeltActor("RUSGOV", "RUSSIA", "RUS", null, null, null, null, "GOV", null, null));
        assertThat(event.actor2().code()).isEqualTo("USA");
        assertThat(event.isRootEvent()).isTrue();
        assertThat(List.of(event.eventCode(), event.eventBaseCode(), event.eventRootCode())).containsExactly("036", "036", "03");
        assertThat(event.quadClass()).isEqualTo(1);
        assertThat(event.goldstein()).isEqualTo(4.0);
        assertThat(List.of(event.numMentions(), event.numSources(), event.numArticles())).containsExactly(6, 1, 6);
        assertThat(event.avgTone()).isEqualTo(2.53164556962025);
        assertThat(event.place()).isEqualTo(new GdeltPlace(4, "Moscow, Moskva, Russia", "RS", "RS48", 55.7522, 37.6156, "-2960561"));
        assertThat(event.dateAdded()).isEqualTo("2013-04-01");
        assertThat(event.sourceUrl()).isEqualTo("http://en.ria.ru/world/20130401/180366042.html");
    }

    @Test
    void shouldReadGdelt1HistoricalRowsWithoutUrlOrSecondActor() {
        var event = (GdeltEvent) read(write("1985.csv", V1_HISTORICAL)).get(0);

        assertThat(event.date()).isEqualTo("1985-08-12");
        assertThat(event.actor1().name()).isEqualTo("ISRAEL");
        assertThat(event.actor2()).isNull();
        assertThat(event.isRootEvent()).isFalse();
        assertThat(List.of(event.eventCode(), event.eventBaseCode(), event.eventRootCode())).containsExactly("190", "190", "19");
        assertThat(event.goldstein()).isEqualTo(-10.0);
        assertThat(event.place()).isEqualTo(new GdeltPlace(1, "Israel", "IS", "IS", 31.5, 34.75, null));
        assertThat(event.dateAdded()).isEqualTo("2013-02-03");
        assertThat(event.sourceUrl()).isNull();
    }

    @Test
    void shouldRestoreTheLeadingZerosACopyLost() {
        var original = read(SAMPLE);
        var copy = new StringBuilder();
        for (var line : lines(SAMPLE)) {
            var f = line.split("\t", -1);
            for (int i = 26; i <= 28; i++) {
                f[i] = f[i].replaceFirst("^0+", "");
            }
            copy.append(String.join("\t", f)).append('\n');
        }
        assertThat(copy.toString()).contains("\t61\t61\t6\t").contains("\t841\t84\t8\t").contains("\t40\t40\t4\t");

        var restored = read(write("lost-zeros.tsv", copy.toString()));

        assertThat(restored).hasSize(original.size());
        for (int i = 0; i < original.size(); i++) {
            assertThat(restored.get(i)).usingRecursiveComparison().ignoringFields("file").isEqualTo(original.get(i));
        }
        assertThat(restored).extracting(r -> ((GdeltEvent) r).eventCode()).contains("061", "0841", "040");
    }

    @Test
    void shouldReportABadRowAndReadOn() {
        var bad = BIDEN.replace("\t20191024\t", "\t20191324\t");
        var file = write("bad.csv", String.join("\n", BIDEN, BIDEN.replace("\t012\t", "\tX12\t"), bad,
                "881992875\ttoo few columns", "", BIDEN.replace("881992874", ""), BIDEN.replace("\t1\t-0.4\t", "\t7\t-0.4\t"),
                BIDEN.replace("\t-0.4\t", "\tfair\t"), BIDEN) + "\n");

        var rows = read(file);

        assertThat(rows).extracting(GdeltRow::line).containsExactly(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L);
        assertThat(rows.get(0)).isInstanceOf(GdeltEvent.class);
        assertThat(rows.subList(1, 7)).extracting(r -> ((GdeltProblem) r).reason()).containsExactly(
                "EventCode 'X12' is not a CAMEO event code (2 to 4 digits) under root 01",
                "SQLDATE '20191324' is not a date (yyyyMMdd)",
                "2 columns where the file's layout (GDELT 2.0 event export, 61 columns) has 61",
                "no GLOBALEVENTID",
                "QuadClass 7 is not 1 to 4",
                "GoldsteinScale 'fair' is not a number");
        assertThat(rows.get(7)).isInstanceOf(GdeltEvent.class);
        assertThat(rows.get(2).toString()).isEqualTo(file + ":3: SQLDATE '20191324' is not a date (yyyyMMdd)");
    }

    @Test
    void shouldReportALineThatIsNotUtf8AndReadOn() throws IOException {
        var file = folder.resolve("latin1.csv");
        var latin1 = BIDEN.replace("JOE BIDEN", "JOSÉ").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat((BIDEN + "\n").getBytes(StandardCharsets.UTF_8), latin1, ("\n" + BIDEN).getBytes(StandardCharsets.UTF_8)));

        assertThat(read(file)).extracting(GdeltRow::getClass).containsExactly(GdeltEvent.class, GdeltProblem.class, GdeltEvent.class);
        assertThat(read(file).get(1)).isEqualTo(new GdeltProblem(file.toString(), 2, "the line is not UTF-8 text"));
    }

    @Test
    void shouldReadAZippedFile() throws IOException {
        var zip = folder.resolve("20191024143000.export.CSV.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("20191024143000.export.CSV"));
            Files.copy(SAMPLE, out);
        }

        var rows = read(zip);

        assertThat(rows).hasSize(2111).allMatch(r -> r instanceof GdeltEvent);
        assertThat(rows.get(2042)).usingRecursiveComparison().ignoringFields("file").isEqualTo(read(SAMPLE).get(2042));
        assertThat(rows.get(0).file()).isEqualTo(zip + "!20191024143000.export.CSV");
    }

    /** A zip damaged inside an entry is refused at its end, by the entry's checksum, naming the file (ZipFile checks none). */
    @Test
    void shouldRefuseAZipWhoseEntryDoesNotMatchItsChecksum() throws IOException {
        var zip = folder.resolve("damaged.zip");
        var bytes = (BIDEN + "\n" + BIDEN + "\n").getBytes(StandardCharsets.UTF_8);
        var crc = new java.util.zip.CRC32();
        crc.update(bytes);
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            var entry = new ZipEntry("rows.csv");
            entry.setMethod(ZipEntry.STORED); // the bytes as they are, so that one can be changed without breaking the format
            entry.setSize(bytes.length);
            entry.setCrc(crc.getValue());
            out.putNextEntry(entry);
            out.write(bytes);
        }
        assertThat(read(zip)).hasSize(2);
        var damaged = Files.readAllBytes(zip);
        var text = new String(damaged, StandardCharsets.ISO_8859_1);
        damaged[text.indexOf("881992874")] = '7'; // the first event's id, 881992874 → 781992874
        Files.write(zip, damaged);

        assertThatThrownBy(() -> read(zip)).isInstanceOf(GdeltFileException.class)
                .hasMessageContaining(zip + "!rows.csv").hasMessageContaining("checksum");
    }

    @Test
    void shouldReadEveryTableOfAZipAndGzip() throws IOException {
        var zip = folder.resolve("two.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("README.md"));
            out.write("not events".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("a.export.CSV"));
            out.write(V1_DAILY.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("b.tsv"));
            out.write(BIDEN.getBytes(StandardCharsets.UTF_8));
        }
        var gz = folder.resolve("biden.csv.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(BIDEN.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(read(zip)).extracting(GdeltRow::file).containsExactly(zip + "!a.export.CSV", zip + "!b.tsv");
        assertThat(read(gz)).extracting(r -> ((GdeltEvent) r).id()).containsExactly("881992874");
    }

    @Test
    void shouldReadABigQueryCsvByItsHeader() {
        // columns in another order, one more, names in other cases; codes that an INTEGER column stripped; NULL for nothing
        var csv = """
                globaleventid,SQLDATE,EventCode,EventRootCode,EventBaseCode,IsRootEvent,QuadClass,GoldsteinScale,NumMentions,\
                NumSources,NumArticles,AvgTone,Actor1Code,Actor1Name,Actor1CountryCode,Actor1Type1Code,Actor2Code,Actor2Name,\
                ActionGeo_Type,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_ADM1Code,ActionGeo_Lat,ActionGeo_Long,\
                ActionGeo_FeatureID,DATEADDED,SOURCEURL,Extra
                881992874,20191024,12,1,12,1,1,-0.4,2,1,2,-4.03225806451613,USAGOV,JOE BIDEN,USA,GOV,CVL,HUNTER,3,\
                "White House, District of Columbia, United States",US,USDC,38.8951,-77.0364,531871,20191024143000,\
                "https://example.org/a,b?q=""x""\",whatever
                881992875,20191024,61,6,61,0,2,6.0,1,1,1,0,IGOWSTNAT,NATO,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,\
                NULL,NULL,NULL,NULL
                """;

        var rows = read(write("bq.csv", csv));

        assertThat(rows).hasSize(2).allMatch(r -> r instanceof GdeltEvent);
        var biden = (GdeltEvent) rows.get(0);
        assertThat(biden.line()).isEqualTo(2);
        assertThat(List.of(biden.eventCode(), biden.eventBaseCode(), biden.eventRootCode())).containsExactly("012", "012", "01");
        assertThat(biden.actor1()).isEqualTo(new GdeltActor("USAGOV", "JOE BIDEN", "USA", null, null, null, null, "GOV", null, null));
        assertThat(biden.place()).isEqualTo(new GdeltPlace(3, "White House, District of Columbia, United States", "US", "USDC",
                38.8951, -77.0364, "531871"));
        assertThat(biden.sourceUrl()).isEqualTo("https://example.org/a,b?q=\"x\"");
        assertThat(biden.dateAdded()).isEqualTo("2019-10-24T14:30:00Z");
        var nato = (GdeltEvent) rows.get(1);
        assertThat(nato.line()).isEqualTo(3);
        assertThat(List.of(nato.eventCode(), nato.eventBaseCode(), nato.eventRootCode())).containsExactly("061", "061", "06");
        assertThat(nato.actor1()).isEqualTo(new GdeltActor("IGOWSTNAT", "NATO", null, null, null, null, null, null, null, null));
        assertThat(nato.actor2()).isNull();
        assertThat(nato.place()).isNull();
        assertThat(nato.sourceUrl()).isNull();
        assertThat(nato.dateAdded()).isNull();
        assertThat(read(write("bom.csv", "\uFEFF" + csv))).usingRecursiveFieldByFieldElementComparatorIgnoringFields("file")
                .isEqualTo(rows);
    }

    @Test
    void shouldRefuseAHeaderWithoutTheColumnsAnEventNeeds() {
        var file = write("partial.csv", "GLOBALEVENTID,SQLDATE,Actor1Code\n1,20191024,USA\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(GdeltFileException.class)
                .hasMessage(file + ": the header names no column IsRootEvent, EventCode, QuadClass, GoldsteinScale, NumMentions, "
                        + "NumSources, NumArticles, AvgTone; a GDELT event needs them all");
    }

    @Test
    void shouldRefuseAnUnknownLayoutNamingTheFileAndWhatWasExpected() {
        var file = write("gkg.csv", "\n" + "a\t".repeat(11) + "b\n");
        var words = write("notes.txt", "just some words\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(GdeltFileException.class)
                .hasMessage(file + ": not a GDELT event file: line 2 has 12 tab-separated columns; expected 57 or 58 tab-separated "
                        + "columns (GDELT 1.0), 61 (GDELT 2.0), or a header line naming GLOBALEVENTID, SQLDATE, EventCode … (a BigQuery export)");
        assertThatThrownBy(() -> read(words)).hasMessageStartingWith(words + ": not a GDELT event file: line 1 has no tab");
        assertThatThrownBy(() -> read(folder.resolve("missing.csv"))).hasMessage(folder.resolve("missing.csv") + ": no such file");
    }

    @Test
    void shouldRefuseAFileThatIsNotUtf8() throws IOException {
        var file = folder.resolve("binary.csv");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, '\n'});

        assertThatThrownBy(() -> read(file)).hasMessageContaining(file + ": not a GDELT event file: line 1 is not UTF-8 text");
    }

    @Test
    void shouldResumeAfterAGivenLine() throws IOException {
        try (var resumed = GdeltFile.open(SAMPLE, 2000)) {
            var rows = resumed.stream().toList();
            assertThat(rows).hasSize(111);
            assertThat(rows.get(0)).isEqualTo(read(SAMPLE).get(2000));
        }
        var csv = write("bq.csv", "GLOBALEVENTID,SQLDATE,IsRootEvent,EventCode,QuadClass,GoldsteinScale,NumMentions,NumSources,"
                + "NumArticles,AvgTone\n1,20191024,1,010,1,0,1,1,1,0\n2,20191024,1,010,1,0,1,1,1,0\n3,20191024,1,010,1,0,1,1,1,0\n");
        try (var resumed = GdeltFile.open(csv, csv.toString(), 3)) {
            assertThat(resumed.stream()).extracting(r -> ((GdeltEvent) r).id()).containsExactly("3");
        }
        assertThatThrownBy(() -> GdeltFile.open(SAMPLE, "other.csv", 3)).isInstanceOf(GdeltFileException.class);
    }

    static List<GdeltRow> read(Path file) {
        try (var rows = GdeltFile.open(file).stream()) {
            return rows.toList();
        }
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ArrayList<Byte>();
        for (var part : parts) {
            for (var b : part) {
                out.add(b);
            }
        }
        var bytes = new byte[out.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = out.get(i);
        }
        return bytes;
    }

    private static String tsv(String... fields) {
        return String.join("\t", fields);
    }
}
