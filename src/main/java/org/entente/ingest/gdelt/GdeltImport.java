package org.entente.ingest.gdelt;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.entente.extract.cameo.CameoCodes;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.rules.ClaimRules;
import org.entente.facts.Facts;
import org.entente.ingest.ImportRun;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFormat;
import org.entente.ingest.bulk.BulkEvent;
import org.entente.ingest.bulk.BulkWriter;
import org.entente.ingest.bulk.BulkWriter.Checkpoint;
import org.entente.system.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * GDELT event files (1.0: 57 or 58 columns; 2.0 exports: 61; tab-separated, plain or zipped, or CSV exports of the
 * same tables with a header): each event one claim, {@code claim:gdelt:<GLOBALEVENTID>}, Actor1 → Actor2, written in
 * batches by the {@link BulkWriter}. A bad row is reported with its file and line and left out; the rest goes in. An
 * interrupted import goes on from its last batch; importing a file again adds only the events the graph lacks.
 *
 * <p>A claim keeps GDELT's coding: the CAMEO code and its kind (as for extracted claims, {@link CameoCodes#kind}), the
 * Goldstein score and quad class, the event's day, NumMentions / NumSources / NumArticles, AvgTone and the place of the
 * action. Its source is the article at SOURCEURL. Its confidence is 0.5: the events are machine-coded from one
 * sentence, unchecked. It has no topic or summary: GDELT gives no words, and words made up from the actors' names would
 * fill the full-text index that questions about a subject search (a million "United States → Russia").
 */
@Component
@Order(3)
public final class GdeltImport implements SourceFormat {

    private static final Logger log = LoggerFactory.getLogger(GdeltImport.class);

    /** The data set every GDELT claim names; public for the initial load, which writes its node itself. */
    public static final BulkWriter.Dataset DATASET = new BulkWriter.Dataset("gdelt", "GDELT Event Database",
            "The GDELT Project", "https://www.gdeltproject.org/");

    private final BulkWriter writer;
    private final int batchSize;
    private volatile GdeltActors actors;

    @org.springframework.beans.factory.annotation.Autowired
    GdeltImport(BulkWriter writer, EntenteProperties properties) {
        this(writer, properties.importBatchSize());
    }

    GdeltImport(BulkWriter writer, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("entente.import-batch-size must be at least 1, not " + batchSize);
        }
        this.writer = writer;
        this.batchSize = batchSize;
    }

    /**
     * A GdeltImport that only tells GDELT files ({@link #accepts}) and maps their rows ({@link #event}), writing nothing:
     * for the initial load ({@code import --initial}), which reads as this class reads and writes the store itself.
     */
    public static GdeltImport mappingOnly() {
        return new GdeltImport(null, 1);
    }

    @Override
    public String name() {
        return "gdelt";
    }

    @Override
    public String files() {
        return "GDELT event files: .CSV/.tsv/.txt with 57, 58 or 61 tab-separated columns, BigQuery CSV exports, .zip of either";
    }

    @Override
    public boolean accepts(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return name.contains("export") || name.contains("gdelt") || name.matches("\\d{8,14}.*");
        }
        if (!name.endsWith(".csv") && !name.endsWith(".tsv")) {
            return false;
        }
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var first = lines.readLine();
            if (first == null) {
                return false;
            }
            int columns = first.split("\t", -1).length;
            return columns == 57 || columns == 58 || columns == 61 || first.toUpperCase(Locale.ROOT).contains("GLOBALEVENTID");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void importFile(Path file, ImportRun run) {
        long started = System.nanoTime();
        var key = file.toAbsolutePath().normalize().toString();
        String fingerprint;
        try {
            fingerprint = Files.size(file) + "/" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            run.report().failed(file.toString(), List.of(file + ": cannot read the file (" + e.getMessage() + ")"));
            return;
        }
        var tally = new ImportReportTally();
        try {
            writer.declare(DATASET);
            var resume = writer.resumeAfter(key, fingerprint);
            resume.ifPresent(c -> log.info("Resuming {} after {}line {}", file, c.part() == null ? "" : c.part() + " ", c.line()));
            try (var rows = resume.map(c -> c.part() == null ? GdeltFile.open(file, c.line()) : GdeltFile.open(file, c.part(), c.line()))
                    .orElseGet(() -> GdeltFile.open(file));
                 var progress = run.progress(file.getFileName().toString(), estimateRows(file))) {
                // the next batches are read and mapped on a thread of their own while this one writes (two cores: the
                // writer and the engine on one, parsing, actor codes and hashing the URLs on the other)
                var ahead = new ArrayBlockingQueue<Batch>(2);
                var reader = new Thread(() -> readAhead(rows, progress, tally, ahead), "gdelt-reader " + file.getFileName());
                reader.setDaemon(true);
                reader.start();
                try {
                    for (var batch = take(ahead); !batch.end(); batch = take(ahead)) {
                        if (batch.failure() instanceof Error e) {
                            throw e;
                        } else if (batch.failure() != null) {
                            throw (RuntimeException) batch.failure();
                        }
                        if (!batch.events().isEmpty() || batch.last() != null) {
                            write(batch.events(), key, fingerprint, batch.last(), tally);
                        }
                    }
                } finally {
                    reader.interrupt();
                    join(reader);
                }
            }
            writer.finished(key);
            run.report().events(file.toString(), tally.rows, tally.created, tally.existing, tally.problems,
                    (System.nanoTime() - started) / 1_000_000, resume.isPresent());
        } catch (GdeltFileException e) {
            run.report().failed(file.toString(), List.of(e.getMessage()));
        } catch (RuntimeException e) {
            // batches written so far stay (each was whole); a re-run goes on after the last of them
            run.report().failed(file.toString(), List.of(file + ": stopped after " + tally.created + " new events ("
                    + e.getMessage() + "); run the import again to go on from there"));
            log.error("Import of {} stopped", file, e);
        }
    }

    private void write(List<BulkEvent> batch, String key, String fingerprint, GdeltRow last, ImportReportTally tally) {
        var written = writer.write(DATASET, batch, new Checkpoint(key, fingerprint, partOf(last, key), last.line()));
        tally.created += written.created();
        tally.existing += written.existing();
    }

    /**
     * A batch read ahead of the writer: its events and the last row read (where its checkpoint stands); or the end of
     * the file; or why reading stopped (a file that cannot be read, a bad zip).
     */
    private record Batch(List<BulkEvent> events, GdeltRow last, Throwable failure, boolean end) {

        static final Batch END = new Batch(List.of(), null, null, true);
    }

    /**
     * Reads the rows into batches of events for the writer, until the file ends or the writer stops (interrupt). Counts
     * the rows and the problems; the writer counts what it writes.
     */
    private void readAhead(GdeltFile rows, Progress progress, ImportReportTally tally,
                           BlockingQueue<Batch> ahead) {
        try {
            try {
                var batch = new ArrayList<BulkEvent>(batchSize);
                GdeltRow last = null;
                while (rows.hasNext() && !Thread.currentThread().isInterrupted()) {
                    var row = rows.next();
                    last = row;
                    progress.step(row.line());
                    if (row instanceof GdeltProblem p) {
                        tally.rejected(p.toString());
                    } else if (row instanceof GdeltEvent e) {
                        tally.rows++;
                        batch.add(event(e));
                    }
                    if (batch.size() >= batchSize) {
                        ahead.put(new Batch(batch, last, null, false));
                        batch = new ArrayList<>(batchSize);
                    }
                }
                ahead.put(new Batch(batch, last, null, false));
                ahead.put(Batch.END);
            } catch (RuntimeException | Error e) {
                // whatever stops the reader reaches the writer, which would otherwise wait for rows forever
                ahead.put(new Batch(List.of(), null, e, false));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the writer stopped: nothing more to read for
        }
    }

    private static Batch take(BlockingQueue<Batch> ahead) {
        try {
            return ahead.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next rows", e);
        }
    }

    /** Waits for the reader to stop before the file it reads is closed, even if this thread is interrupted meanwhile. */
    private static void join(Thread reader) {
        boolean interrupted = Thread.interrupted();
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The zip entry a row came from, or null when it came from the file itself. */
    private static String partOf(GdeltRow row, String key) {
        return row.file() == null || Path.of(key).equals(Path.of(row.file()).toAbsolutePath().normalize()) ? null : row.file();
    }

    /** Counts of one file's import. */
    private static final class ImportReportTally {
        long rows;
        long created;
        long existing;
        final List<String> problems = new ArrayList<>();

        void rejected(String problem) {
            problems.add(problem);
        }
    }

    /** The claim kind of a GDELT event: its code's ({@link CameoCodes#kind}), as one party's where it has fewer than two. */
    public static String kindOf(String eventCode, int parties) {
        var kind = CameoCodes.kind(eventCode);
        return parties < 2 ? ClaimRules.alone(kind) : kind;
    }

    /** One event as the bulk writer takes it: the claim, its parties (entities resolved by the actor codes) and its article. */
    public BulkEvent event(GdeltEvent e) {
        var resolved = actors();
        var actor = resolved.entity(e.actor1());
        var target = resolved.entity(e.actor2());
        if (target != null && actor != null && target.id().equals(actor.id())) {
            target = null; // USAGOV → USAMIL: one party, acting on a part of itself
        }
        var kind = kindOf(e.eventCode(), (actor == null ? 0 : 1) + (target == null ? 0 : 1));
        var list = new ArrayList<BulkEvent.Party>(2);
        if (actor != null) {
            list.add(party(actor, kind, "actor"));
        }
        if (target != null) {
            list.add(party(target, kind, "target"));
        }
        var p = new HashMap<String, Object>();
        p.put("kind", kind);
        p.put("cameo", e.eventCode());
        p.put("goldstein", e.goldstein());
        p.put("quad", e.quadClass());
        p.put("date", e.date());
        p.put("modality", "ASSERTED");
        p.put("confidence", 0.5);
        p.put("rootEvent", e.isRootEvent());
        p.put("mentions", e.numMentions());
        p.put("sources", e.numSources());
        p.put("articles", e.numArticles());
        p.put("tone", e.avgTone());
        if (e.place() != null) {
            p.put("place", e.place().fullName());
            p.put("latitude", e.place().lat());
            p.put("longitude", e.place().lon());
        }
        p.put("dataset", DATASET.id());
        return new BulkEvent("claim:gdelt:" + e.id(), p, list, article(e));
    }

    private static BulkEvent.Party party(GdeltActors.ActorEntity a, String kind, String role) {
        var aliases = Gazetteer.shared().byId(a.id()).map(Gazetteer.Entry::aliases).orElse(List.of());
        return new BulkEvent.Party(new BulkEvent.Entity(a.id(), a.kind(), a.name(), aliases, a.code()),
                Facts.Party.defaultSide(kind, a.id()), role, a.role());
    }

    /** The article at SOURCEURL (one node per URL); the data set itself for files of before April 2013, which name none. */
    private static BulkEvent.Source article(GdeltEvent e) {
        var published = e.dateAdded() == null ? e.date() : e.dateAdded().substring(0, 10);
        if (e.sourceUrl() == null || e.sourceUrl().isBlank()) {
            return new BulkEvent.Source(DATASET.id(), DATASET.url(), DATASET.publisher(), null);
        }
        return new BulkEvent.Source("gdelt-" + sha1(e.sourceUrl()).substring(0, 16), e.sourceUrl(), host(e.sourceUrl()), published);
    }

    private static String host(String url) {
        try {
            var host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** About how many rows a file holds, from its size and the length of its first lines: for the progress bar's ETA. */
    public static long estimateRows(Path file) {
        try {
            long size;
            byte[] head;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                    var entries = java.util.Collections.list(zip.entries()).stream().filter(z -> !z.isDirectory()).toList();
                    size = entries.stream().mapToLong(z -> Math.max(0, z.getSize())).sum();
                    if (entries.isEmpty()) {
                        return -1;
                    }
                    try (var in = zip.getInputStream(entries.get(0))) {
                        head = in.readNBytes(1 << 16);
                    }
                }
            } else {
                size = Files.size(file);
                try (var in = Files.newInputStream(file)) {
                    head = in.readNBytes(1 << 16);
                }
            }
            long lines = 0;
            for (byte b : head) {
                lines += b == '\n' ? 1 : 0;
            }
            return lines == 0 ? -1 : size * lines / head.length;
        } catch (IOException | RuntimeException e) {
            return -1; // no estimate: the bar counts without an end
        }
    }

    private GdeltActors actors() {
        if (actors == null) {
            synchronized (this) {
                if (actors == null) {
                    actors = new GdeltActors(Gazetteer.shared());
                }
            }
        }
        return actors;
    }
}
