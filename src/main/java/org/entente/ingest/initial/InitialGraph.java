package org.entente.ingest.initial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.entente.ingest.Progress;
import org.entente.ingest.Tallies;
import org.entente.ingest.bulk.BulkEvent;
import org.entente.ingest.bulk.BulkWriter;
import org.entente.ingest.gdelt.GdeltEvent;
import org.entente.ingest.gdelt.GdeltFile;
import org.entente.ingest.gdelt.GdeltImport;
import org.entente.ingest.gdelt.GdeltProblem;

/**
 * The graph that importing GDELT files into a new store with {@code import --format gdelt} would leave, assembled in
 * memory for {@link InitialStore} to write: rows read and mapped exactly as {@link GdeltImport} maps them
 * ({@link GdeltImport#event}), then added a batch at a time as {@link BulkWriter#write} adds them — the first event of
 * an id wins, later ones count as already in the graph; entities and articles once each; the monthly tallies
 * ({@link Tallies#rows}) and the stance edges ({@link BulkWriter#stanceRows}) summed batch by batch in the order the
 * transactional path sums them, so that even the floating-point sums come out to the same bit.
 *
 * <p>Everything is held on the heap (see {@link HeapEstimate}): that is what lets the importer write nodes and
 * relationships by ids of our own, with no id mapper and no second pass over the files.
 */
final class InitialGraph {

    /** What one file gave: the counts and rejected rows of the import report. */
    record FileCounts(long rows, long created, long existing, List<String> rejected, long millis) {
    }

    private final int batchSize;
    private final GdeltImport mapper = GdeltImport.mappingOnly();

    final Map<String, Integer> entityIndex = new HashMap<>();
    final List<BulkEvent.Entity> entities = new ArrayList<>();
    private final Map<String, Integer> articleIndex = new HashMap<>();
    final List<BulkEvent.Source> articles = new ArrayList<>();
    final Map<String, Integer> claimIndex = new HashMap<>();
    final List<BulkEvent> claims = new ArrayList<>();
    /** Per claim: its article's index (-1: the data set itself), then its parties' entity indexes. */
    final List<int[]> claimLinks = new ArrayList<>();
    final LinkedHashMap<String, Map<String, Object>> tallies = new LinkedHashMap<>();
    final LinkedHashMap<String, Map<String, Object>> stances = new LinkedHashMap<>();

    InitialGraph(int batchSize) {
        this.batchSize = batchSize;
    }

    long nodes() {
        // + the data set and the Upgrade nodes
        return 1L + InitialStore.UPGRADES.size() + entities.size() + articles.size() + claims.size() + tallies.size();
    }

    long relationships() {
        long n = entities.size() + stances.size(); // MENTIONED_IN; the stance edges
        for (var links : claimLinks) {
            n += links.length; // STATED_IN and one PARTY a party
        }
        for (var t : tallies.values()) {
            n += claimsOf(t).size(); // COUNTS
        }
        return n;
    }

    // ---- reading: rows parsed and mapped on a thread of their own, the graph assembled on this one ----

    private record Batch(List<BulkEvent> events, Throwable failure, boolean end) {
    }

    /** Mutable counts of the file being read; the reader thread writes rows and rejected, this one the rest. */
    private static final class Counts {
        volatile long rows;
        final List<String> rejected = new ArrayList<>();
        long created;
        long existing;
    }

    /**
     * Reads one file into the graph. What stops the reading (a file that vanished, a broken zip) is thrown, a
     * {@link org.entente.ingest.gdelt.GdeltFileException} naming the file; a bad row is counted and skipped.
     */
    FileCounts read(Path file, Progress progress) {
        long started = System.nanoTime();
        var counts = new Counts();
        var ahead = new ArrayBlockingQueue<Batch>(4);
        var reader = new Thread(() -> readAhead(file, progress, counts, ahead), "initial-load-reader " + file.getFileName());
        reader.setDaemon(true);
        reader.start();
        try {
            for (var batch = ahead.take(); !batch.end(); batch = ahead.take()) {
                if (batch.failure() instanceof RuntimeException e) {
                    throw e;
                } else if (batch.failure() instanceof Error e) {
                    throw e;
                }
                add(batch.events(), counts);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } finally {
            reader.interrupt();
        }
        synchronized (counts.rejected) {
            return new FileCounts(counts.rows, counts.created, counts.existing, List.copyOf(counts.rejected),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void readAhead(Path file, Progress progress, Counts counts, BlockingQueue<Batch> ahead) {
        try {
            try (var rows = GdeltFile.open(file)) {
                var batch = new ArrayList<BulkEvent>(batchSize);
                while (rows.hasNext() && !Thread.currentThread().isInterrupted()) {
                    var row = rows.next();
                    progress.step(row.line());
                    if (row instanceof GdeltProblem p) {
                        synchronized (counts.rejected) {
                            counts.rejected.add(p.toString());
                        }
                    } else if (row instanceof GdeltEvent e) {
                        counts.rows++;
                        batch.add(mapper.event(e));
                    }
                    if (batch.size() >= batchSize) {
                        ahead.put(new Batch(batch, null, false));
                        batch = new ArrayList<>(batchSize);
                    }
                }
                ahead.put(new Batch(batch, null, false));
                ahead.put(new Batch(List.of(), null, true));
            } catch (RuntimeException | Error e) {
                // whatever stops the reader reaches the assembler, which would otherwise wait for rows forever
                ahead.put(new Batch(List.of(), e, false));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One batch, as BulkWriter.write adds it: the first of an id wins, tallies and stance edges summed per batch. */
    private void add(List<BulkEvent> batch, Counts counts) {
        var fresh = new ArrayList<BulkEvent>(batch.size());
        for (var e : batch) {
            if (claimIndex.containsKey(e.id())) {
                counts.existing++;
                continue;
            }
            claimIndex.put(e.id(), claims.size());
            claims.add(e);
            fresh.add(e);
            var links = new int[1 + e.parties().size()];
            links[0] = article(e.article());
            for (int i = 0; i < e.parties().size(); i++) {
                var entity = e.parties().get(i).entity();
                links[i + 1] = entityIndex.computeIfAbsent(entity.id(), id -> {
                    entities.add(entity);
                    return entities.size() - 1;
                });
            }
            claimLinks.add(links);
        }
        counts.created += fresh.size();
        addTallies(fresh);
        addStances(fresh);
    }

    /** As add_tallies sums a batch's rows into the Tally nodes: counts and sums added, claims appended. */
    private void addTallies(List<BulkEvent> fresh) {
        for (var row : Tallies.rows(fresh.stream().map(InitialGraph::tallied).toList(), 1)) {
            var t = tallies.get((String) row.get("key"));
            if (t == null) {
                var created = new LinkedHashMap<String, Object>();
                row.forEach((k, v) -> created.put(k, v instanceof Long ? 0L : v instanceof Double ? 0.0 : v));
                created.put("claims", new ArrayList<String>());
                tallies.put((String) row.get("key"), created);
                t = created;
            }
            for (var field : row.entrySet()) {
                var k = field.getKey();
                if (field.getValue() instanceof Long n) {
                    t.put(k, (Long) t.get(k) + n);
                } else if (field.getValue() instanceof Double d) {
                    t.put(k, (Double) t.get(k) + d);
                }
            }
            claimsOf(t).addAll(claimsOf(row));
        }
    }

    /** As add_stance_edges merges a batch's rows: counts added, the first 100 claims kept, first and last widened. */
    private void addStances(List<BulkEvent> fresh) {
        for (var row : BulkWriter.stanceRows(fresh)) {
            var key = row.get("a") + " " + row.get("b") + " " + row.get("type");
            var r = stances.get(key);
            if (r == null) {
                r = new HashMap<>();
                r.put("a", row.get("a"));
                r.put("b", row.get("b"));
                r.put("type", row.get("type"));
                r.put("claims", new ArrayList<String>());
                r.put("count", 0L);
                stances.put(key, r);
            }
            var ids = claimsOf(r);
            for (var id : claimsOf(row)) {
                if (ids.size() < 100) {
                    ids.add(id);
                }
            }
            r.put("count", (Long) r.get("count") + (Long) row.get("count"));
            var first = (String) row.get("first");
            var last = (String) row.get("last");
            if (first != null && (r.get("first") == null || first.compareTo((String) r.get("first")) < 0)) {
                r.put("first", first);
            }
            if (last != null && (r.get("last") == null || last.compareTo((String) r.get("last")) > 0)) {
                r.put("last", last);
            }
        }
    }

    private int article(BulkEvent.Source s) {
        if (s.id().equals(GdeltImport.DATASET.id())) {
            return -1;
        }
        return articleIndex.computeIfAbsent(s.id(), id -> {
            articles.add(s);
            return articles.size() - 1;
        });
    }

    private static Tallies.Claim tallied(BulkEvent e) {
        var p = e.properties();
        return new Tallies.Claim(e.id(), (String) p.get("kind"), (String) p.get("modality"), (String) p.get("date"),
                (Double) p.get("goldstein"), (Integer) p.get("quad"), e.parties().stream().map(x -> x.entity().id()).toList());
    }

    @SuppressWarnings("unchecked")
    static List<String> claimsOf(Map<String, Object> row) {
        return (List<String>) row.get("claims");
    }
}
