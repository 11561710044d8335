package org.entente.ingest;

import java.util.Map;

import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.entente.system.SchemaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings a store written before the monthly tallies linked to their claims (or before there were tallies) up to date,
 * once, at start-up: every tally is deleted and counted again from the claims, a page of claims per transaction, and
 * the store records the upgrade ({@code (:Upgrade {name: 'tally-links'})}). A new store records it at once. Stopped
 * half-way, it starts over at the next start-up.
 */
@Component
public class TallyLinks extends StoreUpgrade {

    public static final String NAME = "tally-links";
    private static final int PAGE = 5_000;
    private static final Logger log = LoggerFactory.getLogger(TallyLinks.class);

    private final Graph graph;
    private final SchemaInitializer schema;

    public TallyLinks(Graph graph, SchemaInitializer schema) {
        super(graph, NAME);
        this.graph = graph;
        this.schema = schema;
    }

    @Override
    protected void before() {
        schema.ensureApplied();
    }

    /** Counts the tallies again from the claims. */
    @Override
    protected void work() {
        log.info("Counting the monthly tallies again from the claims and linking them (once for this store)");
        long deleted;
        do {
            deleted = graph.write(tx -> Cypher.run(tx, "ingest/upgrade/delete_tallies", Map.of("limit", 10_000))
                    .single().get("deleted").asLong());
        } while (deleted > 0);
        var after = "";
        long claims = 0;
        while (true) {
            var from = after;
            var page = graph.write(tx -> {
                var read = Cypher.run(tx, "ingest/upgrade/find_claims_after", Map.of("after", from, "limit", PAGE))
                        .list(r -> r.get("claim"));
                GraphWriter.tally(tx, read.stream().map(GraphWriter::tallied).toList(), 1);
                return read.isEmpty() ? null : read.get(read.size() - 1).get("id").asString();
            });
            if (page == null) {
                break;
            }
            after = page;
            claims += PAGE;
            if (claims % 100_000 == 0) {
                log.info("Tallies counted for about {} claims", claims);
            }
        }
        log.info("Tallies counted again and linked");
    }
}
