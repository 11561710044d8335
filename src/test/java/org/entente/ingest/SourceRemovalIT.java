package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.support.GraphCounts;
import org.entente.support.GraphTest;
import org.entente.support.InvalidFactsCases;
import org.entente.system.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Removing a source takes the graph back to what it was before the source came: its claims, relationships and mentions
 * go, the entities only it named go, the entities it shares with the seed get back what the seed says of them, and the
 * stance edges and monthly tallies it changed (the seed's United States and Russia, in the seed's month) are as before.
 */
@GraphTest
class SourceRemovalIT {

    @Autowired
    Importer importer;

    @Autowired
    GraphWriter writer;

    @Autowired
    Graph graph;

    @Test
    void shouldTakeTheGraphBackToWhatItWasWhenAnExtractedSourceIsRemoved(@TempDir Path dir) {
        var before = snapshot();
        importFacts(dir, "test-removal", "removal.txt");
        try {
            assertThat(snapshot()).isNotEqualTo(before);
            assertThat(stance("country:rus", "DISAGREES_WITH", "country:usa")).isGreaterThan(stanceIn(before, "country:rus|DISAGREES_WITH|country:usa"));
            assertThat(stanceEdges()).as("rebuilt for the source's pairs only, from their tallies").isEqualTo(stanceEdgesFromAllClaims());

            var removed = writer.remove("test-removal", false);

            assertThat(removed).hasValueSatisfying(r -> {
                assertThat(r.curated()).isFalse();
                assertThat(r.title()).isEqualTo("Alice Example meets Bob Sample");
                assertThat(r.claims()).isEqualTo(3);
                assertThat(r.relationships()).isEqualTo(2);
                assertThat(r.entities()).as("Alice and Bob, named by this source alone").isEqualTo(2);
                assertThat(r.entitiesKept()).as("Russia and the United States, which the seed names").isEqualTo(2);
            });
            assertThat(snapshot()).isEqualTo(before);
            assertThat(stanceEdges()).isEqualTo(stanceEdgesFromAllClaims());
            assertThat(writer.remove("test-removal", false)).as("gone: a second removal finds nothing").isEmpty();
        } finally {
            writer.delete("test-removal");
        }
    }

    @Test
    void shouldRemoveACuratedSourceOnlyWhenForced(@TempDir Path dir) {
        var before = snapshot();
        importFacts(dir, "test-removal-curated", null);
        try {
            var imported = snapshot();

            assertThatThrownBy(() -> writer.remove("test-removal-curated", false))
                    .isInstanceOfSatisfying(RemovalRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(RemovalRefusedException.Reason.CURATED);
                        assertThat(e.sourceId()).isEqualTo("test-removal-curated");
                    });
            assertThat(snapshot()).as("nothing changed").isEqualTo(imported);

            assertThat(writer.remove("test-removal-curated", true)).hasValueSatisfying(r -> assertThat(r.curated()).isTrue());
            assertThat(snapshot()).isEqualTo(before);
        } finally {
            writer.delete("test-removal-curated");
        }
    }

    @Test
    void shouldFindNothingToRemoveForAnUnknownId() {
        var before = snapshot();
        assertThat(writer.remove("test-no-such-source", true)).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * The test Facts under another id and other people (named by this source alone), with a disagreement between the
     * United States and Russia in the seed's month; {@code path} marks Facts the extractor wrote, null curated ones.
     */
    private void importFacts(Path dir, String id, String path) {
        var text = InvalidFactsCases.valid().replace("  id: test-article", "  id: " + id + (path == null ? "" : "\n  path: " + path))
                .replace("person:alice-example", "person:alice-removal").replace("person:bob-sample", "person:bob-removal")
                .replace("relationships:", """
                          - id: country:usa
                            kind: Country
                            name: United States
                        relationships:""")
                + """
                  - kind: DISAGREEMENT
                    parties: [country:usa, country:rus]
                    topic: the war
                    date: 2009-04-01
                    quote: they still disagree about
                """;
        var file = InvalidFactsCases.write(dir, id + ".yaml", text.getBytes(StandardCharsets.UTF_8));
        var report = importer.importPaths(List.of(file));
        assertThat(report.ok()).as(report.format()).isTrue();
    }

    /** Counts by label and type, every entity's and tally's properties, every stance edge's. */
    private Map<String, Object> snapshot() {
        var all = new TreeMap<String, Object>(GraphCounts.of(graph));
        graph.read(tx -> {
            tx.run("MATCH (e:Entity) RETURN e.id AS key, properties(e) AS p")
                    .forEachRemaining(r -> all.put("entity " + r.get("key").asString(), r.get("p").asMap()));
            tx.run("MATCH (t:Tally) RETURN t.key AS key, properties(t) AS p")
                    .forEachRemaining(r -> all.put("tally " + r.get("key").asString(), r.get("p").asMap()));
            tx.run("MATCH (t:Tally)-[:COUNTS]->(c:Claim) RETURN t.key AS key, collect(c.id) AS claims")
                    .forEachRemaining(r -> all.put("counts " + r.get("key").asString(), new java.util.TreeSet<>(r.get("claims").asList(v -> v.asString()))));
            tx.run("MATCH (a:Entity)-[r:AGREES_WITH|DISAGREES_WITH]->(b:Entity) RETURN a.id + '|' + type(r) + '|' + b.id AS key, properties(r) AS p")
                    .forEachRemaining(r -> all.put("stance " + r.get("key").asString(), r.get("p").asMap()));
            return null;
        });
        return all;
    }

    /** Every stance edge: its count and dates. */
    private Map<String, Object> stanceEdges() {
        return stanceEdges("MATCH (a:Entity)-[r:AGREES_WITH|DISAGREES_WITH]->(b:Entity) RETURN a.id + '|' + type(r) + '|' + b.id AS key, [r.count, r.first, r.last] AS p");
    }

    /** The stance edges derived from scratch, by the rule of rebuild_stance_edges, from every claim of every entity. */
    private Map<String, Object> stanceEdgesFromAllClaims() {
        return stanceEdges("""
                MATCH (x:Entity)-[px:PARTY]->(c:Claim)<-[py:PARTY]-(y:Entity)
                WHERE x.id < y.id AND c.modality <> 'DENIED'
                  AND ((c.kind IN ['AGREEMENT', 'COOPERATION'] AND px.side = py.side)
                    OR (c.kind IN ['DISAGREEMENT', 'CONFLICT'] AND px.side <> py.side))
                WITH x, y, CASE WHEN c.kind IN ['AGREEMENT', 'COOPERATION'] THEN 'AGREES_WITH' ELSE 'DISAGREES_WITH' END AS type, c
                WITH DISTINCT x, y, type, c
                RETURN x.id + '|' + type + '|' + y.id AS key, [count(c), min(c.date), max(c.date)] AS p""");
    }

    private Map<String, Object> stanceEdges(String cypher) {
        var edges = new TreeMap<String, Object>();
        graph.read(tx -> {
            tx.run(cypher).forEachRemaining(r -> edges.put(r.get("key").asString(), r.get("p").asList()));
            return null;
        });
        return edges;
    }

    private long stance(String a, String type, String b) {
        return stanceIn(snapshot(), a + "|" + type + "|" + b);
    }

    private static long stanceIn(Map<String, Object> snapshot, String key) {
        var edge = (Map<?, ?>) snapshot.get("stance " + key);
        return edge == null ? 0 : ((Number) edge.get("count")).longValue();
    }
}
