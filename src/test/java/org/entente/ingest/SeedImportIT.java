package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.entente.support.GraphCounts;
import org.entente.support.GraphTest;
import org.entente.system.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GraphTest
class SeedImportIT {

    static final Path SEED = Path.of("seeds/curated/rferl-2009-04-01-medvedev-obama.yaml");
    static final String SOURCE = "rferl-2009-04-01-medvedev-obama";

    @Autowired
    Importer importer;

    @Autowired
    Graph graph;

    @Test
    void shouldHaveImportedTheSeedAtStartUp() {
        var claims = graph.read(tx -> tx.run("MATCH (c:Claim)-[:STATED_IN]->(:Article {id: $id}) RETURN count(c) AS n",
                java.util.Map.of("id", SOURCE)).single().get("n").asLong());
        assertThat(claims).isGreaterThanOrEqualTo(30);
    }

    @Test
    void shouldLeaveCountsUnchangedWhenTheSeedIsImportedAgain() {
        var before = GraphCounts.of(graph);
        org.slf4j.LoggerFactory.getLogger(SeedImportIT.class).info("Graph with the seed: {}", before);
        var report = importer.importPaths(List.of(SEED));
        assertThat(report.failed()).isEmpty();
        assertThat(report.imported()).hasSize(1);
        var afterOnce = GraphCounts.of(graph);
        importer.importPaths(List.of(SEED.getParent()));
        assertThat(afterOnce).isEqualTo(before);
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    @Test
    void shouldDeriveStanceEdgesFromClaims() {
        var edges = graph.read(tx -> tx.run("""
                MATCH (:Country {id: 'country:rus'})-[r:AGREES_WITH|DISAGREES_WITH]-(:Country {id: 'country:usa'})
                RETURN type(r) AS type, r.count AS count, size(r.topics) AS topics""").list(r -> r.get("type").asString()));
        assertThat(edges).containsExactlyInAnyOrder("AGREES_WITH", "DISAGREES_WITH");
    }

    @Test
    void shouldKeepEveryClaimTiedToItsSourceWithAQuote() {
        var orphans = graph.read(tx -> tx.run("""
                MATCH (c:Claim)
                WHERE NOT EXISTS { (c)-[s:STATED_IN]->(:Article) WHERE s.quote IS NOT NULL AND s.sentence IS NOT NULL }
                   OR NOT EXISTS { (:Entity)-[:PARTY]->(c) }
                RETURN count(c) AS n""").single().get("n").asLong());
        assertThat(orphans).isZero();
    }
}
