package org.entente.ingest.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.facts.ClaimKind;
import org.entente.ingest.GraphWriter;
import org.entente.ingest.ImportMetrics;
import org.entente.ingest.Tallies;
import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The write path for data sets of coded events (GDELT): a batch of events in one transaction, each step one
 * {@code UNWIND} over the batch — the batch's entities and articles merged once, the new claims created, the
 * monthly tallies and stance edges of the new claims added, and the checkpoint saved. An event already in the graph is
 * left as it is, so a batch written twice (a re-run after a crash) adds nothing, and nothing is ever half-written: a
 * batch is all in or all out.
 *
 * <p>Unlike {@link org.entente.ingest.GraphWriter}, which replaces what one source says, this only adds: a data set's
 * events come in many files, and no file is the whole of what an article said.
 */
@Component
public class BulkWriter {

    /** The data set a bulk import comes from, stored as the source that declares its entities. */
    public record Dataset(String id, String title, String publisher, String url) {
    }

    /**
     * Where a batch ends in its file: saved with the batch, so an interrupted import goes on after it.
     *
     * @param fingerprint what says the file is unchanged (size and modification time)
     * @param part        the entry of a zip file the line is in; null for a plain file
     */
    public record Checkpoint(String file, String fingerprint, String part, long line) {
    }

    /** What a batch did: events created, events already in the graph (or given twice in the batch). */
    public record Written(int created, int existing) {
    }

    private final Graph graph;
    /** Entities this writer has seen declared by a data set ("gdelt country:usa"): their batches skip the merge. */
    private final java.util.Set<String> declaredEntities = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> pendingEntities = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final ImportMetrics metrics;

    public BulkWriter(Graph graph, ImportMetrics metrics) {
        this.graph = graph;
        this.metrics = metrics;
    }

    /**
     * Stores the data set as a source (once; again changes nothing), at the start of each import: the entities seen
     * declared by an earlier import are checked again (a source removed since may have taken them).
     */
    public void declare(Dataset dataset) {
        declaredEntities.clear();
        graph.write(tx -> {
            GraphWriter.run(tx, "ingest/bulk/merge_dataset", Map.of("dataset", Map.of("id", dataset.id(), "title", dataset.title(),
                    "publisher", dataset.publisher(), "url", dataset.url())));
            return null;
        });
    }

    /**
     * Writes one batch and its checkpoint in one transaction. Events with the same id in the batch are written once
     * (the first).
     */
    public Written write(Dataset dataset, List<BulkEvent> batch, Checkpoint checkpoint) {
        var events = new LinkedHashMap<String, BulkEvent>();
        batch.forEach(e -> events.putIfAbsent(e.id(), e));
        pendingEntities.clear();
        var written = metrics.batch(() -> graph.write(tx -> {
            var found = Cypher.run(tx, "ingest/bulk/find_claims", Map.of("ids", List.copyOf(events.keySet())))
                    .single().get("found").asList(v -> v.asString());
            found.forEach(events::remove);
            var fresh = List.copyOf(events.values());
            if (!fresh.isEmpty()) {
                declare(tx, dataset, fresh);
                var articles = new LinkedHashMap<String, Map<String, Object>>();
                var claims = new ArrayList<Map<String, Object>>(fresh.size());
                for (var e : fresh) {
                    articles.computeIfAbsent(e.article().id(), id -> article(e.article()));
                    var parties = new ArrayList<Map<String, Object>>(e.parties().size());
                    for (var p : e.parties()) {
                        var party = new HashMap<String, Object>();
                        party.put("id", p.entity().id());
                        party.put("side", p.side());
                        party.put("role", p.role());
                        party.put("agent", p.agent());
                        parties.add(party);
                    }
                    claims.add(Map.of("id", e.id(), "label", ClaimKind.labelOf((String) e.properties().get("kind")),
                            "properties", e.properties(), "article", e.article().id(), "parties", parties));
                }
                GraphWriter.run(tx, "ingest/bulk/merge_articles", Map.of("rows", List.copyOf(articles.values())));
                GraphWriter.run(tx, "ingest/bulk/create_claims", Map.of("rows", claims));
                GraphWriter.tally(tx, fresh.stream().map(BulkWriter::tallied).toList(), 1);
                var stances = stanceRows(fresh);
                if (!stances.isEmpty()) {
                    GraphWriter.run(tx, "ingest/bulk/add_stance_edges", Map.of("rows", stances));
                }
            }
            if (checkpoint != null) {
                save(tx, checkpoint);
            }
            // an event given twice in the batch counts as one already there
            return new Written(fresh.size(), batch.size() - fresh.size());
        }), Written::created, Written::existing);
        declaredEntities.addAll(pendingEntities);
        pendingEntities.clear();
        return written;
    }

    /**
     * Declares the entities of a batch that this writer has not seen declared yet (most batches name only known
     * ones), and refreshes those that are new to the data set.
     */
    private void declare(TransactionContext tx, Dataset dataset, List<BulkEvent> events) {
        var entities = new LinkedHashMap<String, Map<String, Object>>();
        for (var e : events) {
            for (var p : e.parties()) {
                if (!declaredEntities.contains(dataset.id() + " " + p.entity().id())) {
                    entities.computeIfAbsent(p.entity().id(), id -> entity(p.entity()));
                }
            }
        }
        if (entities.isEmpty()) {
            return;
        }
        var declared = Cypher.run(tx, "ingest/bulk/merge_entities", Map.of("datasetId", dataset.id(),
                "rows", List.copyOf(entities.values()))).single().get("declared").asList(v -> v.asString());
        if (!declared.isEmpty()) {
            GraphWriter.run(tx, "ingest/refresh_entities", Map.of("ids", declared));
        }
        // known once this transaction commits; if it does not, the next batch merges them again (nothing lost)
        pendingEntities.addAll(entities.keySet().stream().map(id -> dataset.id() + " " + id).toList());
    }

    /** Saves how far the import of a file has come, in the transaction that wrote up to there. */
    public static void save(TransactionContext tx, Checkpoint checkpoint) {
        var saved = new HashMap<String, Object>();
        saved.put("file", checkpoint.file());
        saved.put("fingerprint", checkpoint.fingerprint());
        saved.put("part", checkpoint.part());
        saved.put("line", checkpoint.line());
        GraphWriter.run(tx, "ingest/bulk/save_checkpoint", saved);
    }

    /** Where an interrupted import of this file stopped, if the file has not changed since. */
    public Optional<Checkpoint> resumeAfter(String file, String fingerprint) {
        return graph.query("ingest/bulk/find_checkpoint", Map.of("file", file, "fingerprint", fingerprint),
                r -> new Checkpoint(file, fingerprint, r.get("part").asString(null), r.get("line").asLong())).stream().findFirst();
    }

    /** The import of this file is complete: forget its checkpoint. */
    public void finished(String file) {
        graph.write(tx -> {
            GraphWriter.run(tx, "ingest/bulk/delete_checkpoint", Map.of("file", file));
            return null;
        });
    }

    private static Tallies.Claim tallied(BulkEvent e) {
        var p = e.properties();
        return new Tallies.Claim(e.id(), (String) p.get("kind"), (String) p.get("modality"), (String) p.get("date"),
                (Double) p.get("goldstein"), (Integer) p.get("quad"), e.parties().stream().map(x -> x.entity().id()).toList());
    }

    /**
     * The increments of the stance edges, by the rule of {@code ingest/rebuild_stance_edges}: two parties agree when an
     * AGREEMENT or COOPERATION has them on the same side, disagree when a DISAGREEMENT or CONFLICT has them on
     * different sides; DENIED claims count for neither. One row per pair and type.
     */
    public static List<Map<String, Object>> stanceRows(List<BulkEvent> created) {
        var rows = new LinkedHashMap<String, Map<String, Object>>();
        for (var e : created) {
            var kind = ClaimKind.valueOf((String) e.properties().get("kind"));
            boolean agree = ClaimKind.AGREEING.contains(kind);
            boolean quarrel = ClaimKind.OPPOSING.contains(kind);
            if (!(agree || quarrel) || "DENIED".equals(e.properties().get("modality"))) {
                continue;
            }
            var date = (String) e.properties().get("date");
            for (var x : e.parties()) {
                for (var y : e.parties()) {
                    if (x.entity().id().compareTo(y.entity().id()) >= 0 || agree != java.util.Objects.equals(x.side(), y.side())) {
                        continue;
                    }
                    var type = agree ? "AGREES_WITH" : "DISAGREES_WITH";
                    var row = rows.computeIfAbsent(x.entity().id() + " " + y.entity().id() + " " + type, k -> {
                        var r = new HashMap<String, Object>();
                        r.put("a", x.entity().id());
                        r.put("b", y.entity().id());
                        r.put("type", type);
                        r.put("claims", new ArrayList<String>());
                        r.put("count", 0L);
                        return r;
                    });
                    @SuppressWarnings("unchecked")
                    var ids = (List<String>) row.get("claims");
                    if (ids.size() < 100) {
                        ids.add(e.id());
                    }
                    row.put("count", (Long) row.get("count") + 1);
                    if (date != null) {
                        row.merge("first", date, (a, b) -> ((String) a).compareTo((String) b) <= 0 ? a : b);
                        row.merge("last", date, (a, b) -> ((String) a).compareTo((String) b) >= 0 ? a : b);
                    }
                }
            }
        }
        return List.copyOf(rows.values());
    }

    private static Map<String, Object> entity(BulkEvent.Entity e) {
        var m = new HashMap<String, Object>();
        m.put("id", e.id());
        m.put("kind", e.kind());
        m.put("name", e.name());
        m.put("aliases", e.aliases());
        m.put("code", e.code());
        return m;
    }

    private static Map<String, Object> article(BulkEvent.Source s) {
        var m = new HashMap<String, Object>();
        m.put("id", s.id());
        m.put("url", s.url());
        m.put("publisher", s.publisher());
        m.put("published", s.published());
        return m;
    }

}
