package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.entente.explore.DateRange;
import org.entente.explore.resolve.EntityResolver;
import org.entente.explore.resolve.EntitySummary;
import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.springframework.stereotype.Component;

/**
 * Gets the graph out: every entity, structural relationship and claim, or those of the subgraph within some hops of
 * one entity, claims optionally cut to a period, in GraphML, CSV or JSON. The rows go from the driver to the writer one
 * by one in one read transaction, so the file is never whole in memory and is one consistent state of the graph.
 * <p>
 * The subgraph of an entity within N hops: the entities N hops or fewer away, a hop being a structural relationship or
 * a claim that names both (as party, topic or speaker); the structural relationships between them; and the claims
 * that name only them. {@code since}/{@code until} keep the claims of the period (a claim dated 2009-07 counts for any
 * day of July 2009) and leave out undated ones; entities and relationships are not dated and are chosen by entity and
 * hops alone.
 */
@Component
public class Exporter {

    public static final int MAX_HOPS = 3;
    public static final int DEFAULT_HOPS = 1;

    private final Graph graph;
    private final EntityResolver resolver;

    public Exporter(Graph graph, EntityResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** What an export holds: the entity and hops of a subgraph (none: everything), the period of its claims. */
    public record Selection(EntitySummary entity, int hops, DateRange range, List<String> ids) {

        Map<String, Object> parameters() {
            var params = new HashMap<String, Object>();
            params.put("ids", ids);
            params.put("from", range.first());
            params.put("to", range.last());
            return params;
        }
    }

    public record Counts(long entities, long relationships, long claims) {
    }

    /**
     * Checks the parameters and finds the entities of a subgraph. A bad format of date, hops out of 1..3 or hops with no
     * entity is an {@link IllegalArgumentException} naming the parameter; a name no entity answers to, the resolver's
     * 404 or 409. A subgraph that reaches more than {@code maxEntities} entities stops growing there and is refused.
     */
    public Selection select(String entity, Integer hops, String since, String until, long maxEntities) {
        var range = DateRange.of("since", since, "until", until);
        if (entity == null || entity.isBlank()) {
            if (hops != null) {
                throw new IllegalArgumentException("hops needs an entity: the subgraph within hops of which entity?");
            }
            return new Selection(null, 0, range, null);
        }
        int depth = hops == null ? DEFAULT_HOPS : hops;
        if (depth < 1 || depth > MAX_HOPS) {
            throw new IllegalArgumentException("hops must be between 1 and " + MAX_HOPS + ", not " + depth);
        }
        var center = resolver.resolve(entity);
        var ids = new LinkedHashSet<String>(List.of(center.id()));
        var frontier = List.of(center.id());
        for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
            var next = new ArrayList<String>();
            for (var id : graph.query("explore/find_export_neighbours", Map.of("ids", frontier), r -> r.get("id").asString())) {
                if (ids.add(id)) {
                    next.add(id);
                }
            }
            if (ids.size() > maxEntities) {
                throw new ExportTooLargeException("The subgraph within " + depth + " hops of " + center.name() + " ("
                        + center.id() + ") reaches more than " + maxEntities + " entities after " + (hop + 1) + " hop"
                        + (hop == 0 ? "" : "s") + ". Ask for fewer hops or use the export command.", maxEntities, null);
            }
            frontier = next;
        }
        return new Selection(center, depth, range, List.copyOf(ids));
    }

    /** How many entities, relationships and claims {@link #export} would write. */
    public Counts count(Selection selection) {
        return graph.query("explore/count_export", selection.parameters(), r -> new Counts(r.get("entities").asLong(),
                r.get("relationships").asLong(), r.get("claims").asLong())).get(0);
    }

    /** Writes the selection to {@code out} (left open) and returns what it wrote. */
    public Counts export(Selection selection, ExportFormat format, OutputStream out) {
        var started = new AtomicBoolean();
        var params = selection.parameters();
        return graph.read(tx -> {
            // a transaction the driver retries would write its rows a second time after the first ones
            if (!started.compareAndSet(false, true)) {
                throw new IllegalStateException("The export was interrupted by the graph database; run it again.");
            }
            var writer = format.writer(out, selection);
            try {
                long entities = 0;
                long relationships = 0;
                long claims = 0;
                var rows = Cypher.run(tx, "explore/export_entities", params);
                while (rows.hasNext()) {
                    writer.entity(rows.next().get("entity").asMap());
                    entities++;
                }
                rows = Cypher.run(tx, "explore/export_relationships", params);
                while (rows.hasNext()) {
                    writer.relationship(rows.next().get("relationship").asMap());
                    relationships++;
                }
                rows = Cypher.run(tx, "explore/export_claims", params);
                while (rows.hasNext()) {
                    writer.claim(rows.next().get("claim").asMap());
                    claims++;
                }
                var counts = new Counts(entities, relationships, claims);
                writer.finish(counts);
                return counts;
            } catch (IOException e) {
                throw discard(writer, new UncheckedIOException(e));
            } catch (RuntimeException e) {
                throw discard(writer, e);
            }
        });
    }

    /** An export that failed half-way leaves nothing of its own behind (the CSV writer's temporary file). */
    private static RuntimeException discard(ExportWriter writer, RuntimeException failure) {
        try {
            writer.discard();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }
}
