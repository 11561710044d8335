package org.entente.ingest.gdelt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

/**
 * Reads one GDELT event file row by row, in order: each row becomes a {@link GdeltEvent} or, when it is bad, a
 * {@link GdeltProblem}, and reading goes on. Files of hundreds of megabytes are streamed, never held whole; close the
 * reader (or the stream of {@link #stream()}) when done.
 * <p>
 * What it reads: plain text, gzip, or a zip archive (its CSV, TSV and TXT entries in order, else its first entry);
 * GDELT's own files, tab-separated without a header (57 or 58 columns for GDELT 1.0, 61 for 2.0, decided per file by
 * the first non-empty line), and CSV exports of GDELT's BigQuery tables (a header line of column names, RFC 4180 quoting,
 * {@code NULL} for empty fields). Text is UTF-8, as GDELT writes it: no other charset is guessed, since a wrong guess would
 * quietly garble every name and URL; a line of GDELT's own format that is not UTF-8 is a problem row, and a file whose
 * first line is not UTF-8 is no GDELT file.
 * <p>
 * An import can resume where it stopped: {@link #open(Path, String, long)} passes the rows up to a given line by counting
 * newline bytes (GDELT's format) or by parsing only the CSV's quoting (BigQuery's).
 */
public final class GdeltFile implements Iterator<GdeltRow>, AutoCloseable {

    /** Line of text the first line of a file may reach before it is taken for no GDELT file. */
    private static final int LONGEST_FIRST_LINE = 1 << 22;

    private final Path path;
    private final ZipFile zip;
    private final List<Part> parts;
    private final int resumePart;
    private final long resumeLine;
    private int nextPart;
    private PartRows current;
    private GdeltRow pending;

    /** One file to read: the file itself, or an entry of a zip archive. */
    private record Part(String name, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /** The rows of one part; {@code null} at its end. */
    interface PartRows extends AutoCloseable {

        GdeltRow next() throws IOException;

        @Override
        void close() throws IOException;
    }

    private GdeltFile(Path path, String resumeFile, long resumeLine) {
        this.path = path;
        this.resumeLine = resumeLine;
        try {
            if (isZip(path)) {
                this.zip = new ZipFile(path.toFile());
                this.parts = zipParts(zip);
            } else {
                this.zip = null;
                this.parts = List.of(new Part(path.toString(), () -> plain(path)));
            }
        } catch (NoSuchFileException e) {
            throw new GdeltFileException(path + ": no such file");
        } catch (IOException e) {
            throw new GdeltFileException(path + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        this.resumePart = resumeFile == null ? 0 : partNamed(resumeFile);
        this.nextPart = resumePart;
    }

    /** Opens a file to read from its first row. */
    public static GdeltFile open(Path path) {
        return new GdeltFile(path, null, 0);
    }

    /** Opens a file to read from the line after {@code afterLine} of its first part (the file itself, unless it is a zip). */
    public static GdeltFile open(Path path, long afterLine) {
        return new GdeltFile(path, null, afterLine);
    }

    /**
     * Opens a file to read from the row after line {@code afterLine} of the part {@code afterFile} (a row's
     * {@link GdeltRow#file()}); the parts before it are passed over.
     *
     * @throws GdeltFileException when the file has no such part
     */
    public static GdeltFile open(Path path, String afterFile, long afterLine) {
        return new GdeltFile(path, afterFile, afterLine);
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            try {
                if (current == null) {
                    if (nextPart == parts.size()) {
                        return false;
                    }
                    long skip = nextPart == resumePart ? resumeLine : 0;
                    var part = parts.get(nextPart++);
                    current = GdeltParts.open(part.name(), new BufferedInputStream(part.opener().open(), 1 << 16), skip);
                }
                pending = current.next();
                if (pending == null) {
                    current.close();
                    current = null;
                }
            } catch (IOException e) {
                throw new GdeltFileException(parts.get(nextPart - 1).name() + ": cannot read the file (" + e.getMessage() + ")", e);
            }
        }
        return true;
    }

    @Override
    public GdeltRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        var row = pending;
        pending = null;
        return row;
    }

    /** The rows as a stream that closes this reader when it is closed. */
    public Stream<GdeltRow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        try (var z = zip; var c = current) {
            current = null;
            nextPart = parts.size();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot close the file", e);
        }
    }

    private int partNamed(String name) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name().equals(name)) {
                return i;
            }
        }
        close();
        throw new GdeltFileException(path + ": no part " + name + " to resume in; the file has "
                + parts.stream().map(Part::name).toList());
    }

    private static boolean isZip(Path path) throws IOException {
        try (var in = Files.newInputStream(path)) {
            var magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    private static InputStream plain(Path path) throws IOException {
        var in = new BufferedInputStream(Files.newInputStream(path));
        in.mark(2);
        var magic = in.readNBytes(2);
        in.reset();
        return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * An entry's bytes, checked against the CRC-32 its zip records once the last is read: {@link ZipFile} does not
     * check it, and a zip damaged in the middle of a deflated entry can inflate to other rows without an error.
     */
    private static InputStream checked(InputStream in, long crc) {
        if (crc < 0) {
            return in;
        }
        return new java.util.zip.CheckedInputStream(in, new java.util.zip.CRC32()) {
            private boolean verified;

            @Override
            public int read() throws IOException {
                int b = super.read();
                return b < 0 ? end(b) : b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                return n < 0 ? end(n) : n;
            }

            private int end(int eof) throws IOException {
                if (!verified && getChecksum().getValue() != crc) {
                    throw new IOException("the zip entry's checksum does not match its bytes: the file is damaged");
                }
                verified = true;
                return eof;
            }
        };
    }

    /** A zip's CSV, TSV and TXT entries in their order; without any, its first entry (GDELT zips hold one file). */
    private List<Part> zipParts(ZipFile zip) {
        var files = zip.stream().filter(e -> !e.isDirectory()).toList();
        var tables = files.stream().filter(e -> e.getName().toLowerCase(Locale.ROOT).matches(".*\\.(csv|tsv|txt)")).toList();
        var chosen = tables.isEmpty() ? files.stream().limit(1).toList() : tables;
        var out = new ArrayList<Part>();
        for (var entry : chosen) {
            out.add(new Part(path + "!" + entry.getName(), () -> checked(zip.getInputStream(entry), entry.getCrc())));
        }
        return List.copyOf(out);
    }
}
