package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.entente.support.GraphCounts;
import org.entente.support.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A store written before claims carried their kind as a second label gets the labels when Entente starts (the schema
 * initializer), in batches, once: a second start changes nothing, and a claim of a kind Entente does not know is left
 * as it is rather than keeping the start-up busy.
 */
@GraphTest
class ClaimLabelMigrationIT {

    private static final String KIND_LABELS = ":Agreement:Disagreement:Cooperation:Conflict:Meeting:Negotiation:Statement";

    @Autowired
    SchemaInitializer schema;

    @Autowired
    Graph graph;

    @Test
    void shouldLabelTheClaimsOfAStoreWrittenBeforeTheLabelsOnceInBatches() {
        var labelled = GraphCounts.of(graph);
        long claims = labelled.get(":Claim");
        assertThat(claims).as("the seed's claims").isGreaterThan(20);
        try {
            // the store as the writers left it before the labels: claims with their kind as a property only, and one
            // claim of a kind no writer of Entente writes
            graph.write(tx -> tx.run("MATCH (c:Claim) REMOVE c" + KIND_LABELS).consume());
            graph.write(tx -> tx.run("CREATE (:Claim {id: 'claim:test-migration:odd', kind: 'ALLIANCE'})").consume());
            assertThat(count("MATCH (c:Claim) WHERE size(labels(c)) > 1 RETURN count(c) AS n")).isZero();

            assertThat(schema.labelClaims(7)).as("in batches of 7").isEqualTo(claims);

            assertThat(GraphCounts.of(graph)).as("labels counted as the writers left them, and the odd claim")
                    .isEqualTo(with(labelled, ":Claim", claims + 1, "nodes", labelled.get("nodes") + 1));
            assertThat(GraphCounts.claimsNotLabelledByKind(graph)).containsExactly("claim:test-migration:odd (ALLIANCE) :Claim");
            assertThat(schema.labelClaims(7)).as("a second start").isZero();

            // what a start-up runs: the schema, then the labels, again and again without change
            graph.write(tx -> tx.run("MATCH (c:Claim) WITH c LIMIT 3 REMOVE c" + KIND_LABELS).consume());
            schema.apply();
            schema.apply();
            assertThat(GraphCounts.of(graph)).isEqualTo(with(labelled, ":Claim", claims + 1, "nodes", labelled.get("nodes") + 1));
        } finally {
            graph.write(tx -> tx.run("MATCH (c:Claim {id: 'claim:test-migration:odd'}) DELETE c").consume());
            schema.labelClaims(10_000);
        }
        assertThat(GraphCounts.of(graph)).isEqualTo(labelled);
        assertThat(GraphCounts.claimsNotLabelledByKind(graph)).isEmpty();
    }

    private static Map<String, Long> with(Map<String, Long> counts, String key, long value, String key2, long value2) {
        var changed = new java.util.TreeMap<>(counts);
        changed.put(key, value);
        changed.put(key2, value2);
        return changed;
    }

    private long count(String cypher) {
        return graph.read(tx -> tx.run(cypher, Map.of()).single().get("n").asLong());
    }
}
