package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.extract.cameo.CameoCodes;
import org.entente.facts.ClaimKind;
import org.entente.facts.Facts;
import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one writer: Facts → graph (DESIGN §3). A source is written in one write transaction: what the source said
 * before is withdrawn, what it says now is merged, and the derived stance edges of the parties involved are
 * rebuilt. So importing the same facts twice changes nothing, an edited file replaces its old facts, and a
 * failure leaves the graph as it was.
 */
@Component
public class GraphWriter {

    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

    private final Graph graph;
    private final ImportMetrics metrics;

    GraphWriter(Graph graph, ImportMetrics metrics) {
        this.graph = graph;
        this.metrics = metrics;
    }

    public WriteResult write(Facts facts) {
        return write(facts, false);
    }

    /**
     * {@code mustBeNew}: the source id must not be in the graph yet, decided by the uniqueness constraint inside this
     * transaction, not by a read before it; otherwise {@link SourceExistsException} and nothing is written.
     */
    public WriteResult write(Facts facts, boolean mustBeNew) {
        return write(facts, mustBeNew, tx -> { });
    }

    /**
     * {@link #write(Facts, boolean)}, and {@code alongside} in the same transaction: a bulk import saves how far it has
     * come with the source it wrote, so that the two commit together or not at all.
     */
    public WriteResult write(Facts facts, boolean mustBeNew, java.util.function.Consumer<TransactionContext> alongside) {
        var sourceId = facts.source().id();
        return metrics.source(() -> graph.write(tx -> {
            if (mustBeNew) {
                try {
                    run(tx, "ingest/create_article", Map.of("id", sourceId));
                } catch (ClientException e) {
                    if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                        throw new SourceExistsException(sourceId, e);
                    }
                    throw e;
                }
            }
            var withdrawn = withdraw(tx, sourceId);
            var mentioned = withdrawn.mentioned();
            run(tx, "ingest/merge_article", Map.of("article", article(facts.source())));
            run(tx, "ingest/merge_entities", Map.of("sourceId", sourceId,
                    "rows", facts.entities().stream().map(GraphWriter::entity).toList()));
            facts.entities().forEach(e -> mentioned.add(e.id()));
            run(tx, "ingest/refresh_entities", Map.of("ids", List.copyOf(mentioned)));
            run(tx, "ingest/merge_relationships", Map.of("sourceId", sourceId,
                    "rows", facts.relationships().stream().map(GraphWriter::relationship).toList()));
            run(tx, "ingest/merge_claims", Map.of("sourceId", sourceId,
                    "rows", facts.claims().stream().map(GraphWriter::claim).toList()));
            var stated = facts.claims().stream().map(c -> new Tallies.Claim(c.id(), c.kind(), c.modality(), c.date(), c.goldstein(),
                    quad(c.cameo()), c.parties().stream().map(Facts.Party::id).toList())).toList();
            tally(tx, stated, 1);
            rebuildStanceEdges(tx, withdrawn.claims(), stated);
            alongside.accept(tx);
            return new WriteResult(sourceId, facts.entities().size(), facts.relationships().size(), facts.claims().size());
        }));
    }

    /**
     * Removes a source and all it said, whatever it is (curated or not); false when the graph holds no such source.
     *
     * @see #remove(String, boolean)
     */
    public boolean delete(String sourceId) {
        return remove(sourceId, true).isPresent();
    }

    /**
     * Removes a source and all it said, in one transaction: its claims (taken back from the monthly tallies first),
     * relationships and mentions; entities no other source names; the derived stance edges of its parties, rebuilt from
     * what the other sources say. Empty when the graph holds no such source. Refused, with nothing changed, for a
     * curated source unless {@code force}, and always for a source that names entities other sources' claims still
     * need (a data set whose articles remain).
     *
     * @throws RemovalRefusedException when the source may not go
     */
    public Optional<Removed> remove(String sourceId, boolean force) {
        return graph.write(tx -> {
            var found = Cypher.run(tx, "ingest/find_source_removal", Map.of("id", sourceId)).list();
            if (found.isEmpty()) {
                return Optional.<Removed>empty();
            }
            var source = found.get(0);
            var title = source.get("title").asString(null);
            var curated = source.get("curated").asBoolean();
            if (source.get("neededCount").asLong() > 0) {
                throw new RemovalRefusedException(sourceId, title, RemovalRefusedException.Reason.NEEDED,
                        source.get("needed").asList(v -> v.asString()), source.get("neededCount").asLong());
            }
            if (curated && !force) {
                throw new RemovalRefusedException(sourceId, title, RemovalRefusedException.Reason.CURATED, List.of(), 0);
            }
            var withdrawn = withdraw(tx, sourceId);
            run(tx, "ingest/delete_article", Map.of("sourceId", sourceId));
            int entities = run(tx, "ingest/refresh_entities", Map.of("ids", List.copyOf(withdrawn.mentioned()))).nodesDeleted();
            rebuildStanceEdges(tx, withdrawn.claims(), List.of());
            log.info("Removed source {}: {} claims, {} relationships, {} entities no other source names", sourceId,
                    withdrawn.claims().size(), withdrawn.relationships(), entities);
            return Optional.of(new Removed(sourceId, title, curated, withdrawn.claims().size(), withdrawn.relationships(), entities,
                    withdrawn.mentioned().size() - entities));
        });
    }

    /** What a source had said, taken back: its claims as they were (deleted, in this transaction), who it mentioned. */
    private record Withdrawn(List<Tallies.Claim> claims, LinkedHashSet<String> mentioned, int relationships) {
    }

    /** What a source said is taken back (before it says it anew, or is deleted); who was involved is returned. */
    private static Withdrawn withdraw(TransactionContext tx, String sourceId) {
        var stated = Cypher.run(tx, "ingest/find_source_parties", Map.of("sourceId", sourceId)).single();
        var claims = stated.get("claims").asList(GraphWriter::tallied);
        run(tx, "ingest/delete_source_claims", Map.of("sourceId", sourceId));
        int relationships = run(tx, "ingest/delete_source_relationships", Map.of("sourceId", sourceId)).relationshipsDeleted();
        // after the claims are gone, with their links to the tallies, so that a tally left with nothing goes too
        tally(tx, claims, -1);
        var mentioned = new LinkedHashSet<String>(Cypher.run(tx, "ingest/delete_source_mentions",
                Map.of("sourceId", sourceId)).single().get("ids").asList(v -> v.asString()));
        return new Withdrawn(claims, mentioned, relationships);
    }

    /**
     * Derives again the AGREES_WITH / DISAGREES_WITH edges of the pairs of parties that a source's claims had ({@code
     * before}) or have ({@code after}): an edge depends only on the claims of its two ends, so no other edge changes.
     * Run after the tallies are updated: the claims of a pair are read through the pair's tallies, not by walking
     * every claim of a hub (importing one article that names the United States into a graph of a million events).
     */
    private static void rebuildStanceEdges(TransactionContext tx, List<Tallies.Claim> before, List<Tallies.Claim> after) {
        var all = new ArrayList<Tallies.Claim>(before);
        all.addAll(after);
        var pairs = Map.<String, Object>of("pairs", Tallies.pairs(all));
        run(tx, "ingest/delete_stance_edges", pairs);
        run(tx, "ingest/rebuild_stance_edges", pairs);
    }

    /** A claim as read back from the graph ({id, kind, modality, date, goldstein, quad, parties}), for its tallies. */
    static Tallies.Claim tallied(org.neo4j.driver.Value c) {
        return new Tallies.Claim(c.get("id").asString(), c.get("kind").asString(null), c.get("modality").asString(null),
                c.get("date").asString(null), c.get("goldstein").isNull() ? null : c.get("goldstein").asDouble(),
                c.get("quad").isNull() ? null : c.get("quad").asInt(), c.get("parties").asList(v -> v.asString()));
    }

    /** Adds claims to the monthly tallies of their pairs of parties ({@code sign} 1), or takes them back (-1). */
    public static void tally(TransactionContext tx, List<Tallies.Claim> claims, int sign) {
        var rows = Tallies.rows(claims, sign);
        if (!rows.isEmpty()) {
            run(tx, "ingest/add_tallies", Map.of("rows", rows));
        }
    }

    private static Integer quad(String cameo) {
        return cameo == null ? null : CameoCodes.quadClass(cameo);
    }

    /** Runs one of the writers' statements (the bulk writer's too), its time in the debug log; what it changed. */
    public static SummaryCounters run(TransactionContext tx, String name, Map<String, Object> parameters) {
        long started = System.nanoTime();
        var counters = Cypher.run(tx, name, parameters).consume().counters();
        log.debug("{}: {} ms", name, (System.nanoTime() - started) / 1_000_000);
        return counters;
    }

    private static Map<String, Object> article(Facts.Source s) {
        var m = new HashMap<String, Object>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("publisher", s.publisher());
        m.put("url", s.url());
        m.put("published", s.published());
        m.put("path", s.path());
        m.put("sha256", s.sha256());
        return m;
    }

    private static Map<String, Object> entity(Facts.Entity e) {
        return Map.of("id", e.id(), "kind", e.kind(), "name", e.name(), "aliases", e.aliases(),
                "properties", e.properties());
    }

    private static Map<String, Object> relationship(Facts.Relationship r) {
        var m = new HashMap<String, Object>();
        m.put("id", r.id());
        m.put("type", r.type());
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("properties", r.properties());
        m.put("quote", r.evidence().quote());
        m.put("sentence", r.evidence().sentence());
        m.put("confidence", r.confidence());
        return m;
    }

    private static Map<String, Object> claim(Facts.Claim c) {
        var props = new HashMap<String, Object>();
        props.put("kind", c.kind());
        props.put("topic", c.topic());
        props.put("summary", c.summary());
        props.put("date", c.date());
        props.put("modality", c.modality());
        props.put("confidence", c.confidence());
        props.put("cameo", c.cameo());
        props.put("goldstein", c.goldstein());
        props.put("quad", quad(c.cameo()));
        var m = new HashMap<String, Object>();
        m.put("id", c.id());
        m.put("label", ClaimKind.labelOf(c.kind()));
        m.put("properties", props);
        m.put("parties", c.parties().stream().map(p -> {
            var party = new HashMap<String, Object>();
            party.put("id", p.id());
            party.put("side", p.side());
            party.put("role", p.role());
            return party;
        }).toList());
        m.put("about", c.about());
        m.put("attributedTo", c.attributedTo());
        m.put("quote", c.evidence().quote());
        m.put("sentence", c.evidence().sentence());
        m.put("start", c.evidence().start());
        m.put("end", c.evidence().end());
        return m;
    }

    /** What one source contributed. */
    public record WriteResult(String sourceId, int entities, int relationships, int claims) {
    }

    /**
     * What removing a source took: its claims and relationships, the entities only it named ({@code entities}) and
     * those it named that stay because another source names them too ({@code entitiesKept}).
     */
    public record Removed(String sourceId, String title, boolean curated, int claims, int relationships, int entities,
                          int entitiesKept) {
    }
}
