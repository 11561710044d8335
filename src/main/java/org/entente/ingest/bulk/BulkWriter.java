package org.entente.ingest.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** What a batch did: events created, events already in the graph, entities newly declared. */
    public record Written(int created, int existing, int entities) {
    }

    private final Graph graph;

    public BulkWriter(Graph graph) {
        this.graph = graph;
    }

    /** Stores the data set as a source (once; again changes nothing). */
    public void declare(Dataset dataset) {
        graph.write(tx -> {
            run(tx, "ingest/bulk/merge_dataset", Map.of("dataset", Map.of("id", dataset.id(), "title", dataset.title(),
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
        var entities = new LinkedHashMap<String, Map<String, Object>>();
        var articles = new LinkedHashMap<String, Map<String, Object>>();
        var rows = new ArrayList<Map<String, Object>>(events.size());
        for (var e : events.values()) {
            var parties = new ArrayList<Map<String, Object>>(e.parties().size());
            for (var p : e.parties()) {
                entities.computeIfAbsent(p.entity().id(), id -> entity(p.entity()));
                var party = new HashMap<String, Object>();
                party.put("id", p.entity().id());
                party.put("side", p.side());
                party.put("role", p.role());
                party.put("agent", p.agent());
                parties.add(party);
            }
            articles.computeIfAbsent(e.article().id(), id -> article(e.article()));
            rows.add(Map.of("id", e.id(), "properties", e.properties(), "parties", parties, "article", e.article().id()));
        }
        return graph.write(tx -> {
            var declared = Cypher.run(tx, "ingest/bulk/merge_entities", Map.of("datasetId", dataset.id(),
                    "rows", List.copyOf(entities.values()))).single().get("declared").asList(v -> v.asString());
            if (!declared.isEmpty()) {
                run(tx, "ingest/refresh_entities", Map.of("ids", declared));
            }
            run(tx, "ingest/bulk/merge_articles", Map.of("rows", List.copyOf(articles.values())));
            var created = Cypher.run(tx, "ingest/bulk/create_claims", Map.of("rows", rows))
                    .single().get("created").asList(v -> v.asString());
            if (!created.isEmpty()) {
                run(tx, "ingest/tally_claims", Map.of("ids", created, "sign", 1));
                run(tx, "ingest/bulk/add_stance_edges", Map.of("ids", created));
            }
            if (checkpoint != null) {
                var saved = new HashMap<String, Object>();
                saved.put("file", checkpoint.file());
                saved.put("fingerprint", checkpoint.fingerprint());
                saved.put("part", checkpoint.part());
                saved.put("line", checkpoint.line());
                run(tx, "ingest/bulk/save_checkpoint", saved);
            }
            return new Written(created.size(), events.size() - created.size(), declared.size());
        });
    }

    /** Where an interrupted import of this file stopped, if the file has not changed since. */
    public Optional<Checkpoint> resumeAfter(String file, String fingerprint) {
        return graph.query("ingest/bulk/find_checkpoint", Map.of("file", file, "fingerprint", fingerprint),
                r -> new Checkpoint(file, fingerprint, r.get("part").asString(null), r.get("line").asLong())).stream().findFirst();
    }

    /** The import of this file is complete: forget its checkpoint. */
    public void finished(String file) {
        graph.write(tx -> {
            run(tx, "ingest/bulk/delete_checkpoint", Map.of("file", file));
            return null;
        });
    }

    private static Map<String, Object> entity(BulkEvent.Entity e) {
        var m = new HashMap<String, Object>();
        m.put("id", e.id());
        m.put("kind", e.kind());
        m.put("name", e.name());
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

    private static void run(TransactionContext tx, String name, Map<String, Object> parameters) {
        Cypher.run(tx, name, parameters).consume();
    }
}
