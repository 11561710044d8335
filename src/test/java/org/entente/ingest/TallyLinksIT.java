package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.support.GraphTest;
import org.entente.support.InvalidFactsCases;
import org.entente.system.Graph;
import org.entente.system.SchemaInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly tallies link to the claims they count, whoever wrote them (a Facts file, an edit of it, its removal, a
 * bulk import), and a store written before the links gets them once, at start-up.
 */
@GraphTest
class TallyLinksIT {

    @Autowired
    Importer importer;

    @Autowired
    GraphWriter writer;

    @Autowired
    Graph graph;

    @Autowired
    SchemaInitializer schema;

    @Test
    void shouldLinkEveryPairOfPartiesOfEveryClaimToItsTallyThroughEditsAndRemoval(@TempDir Path dir) {
        var text = InvalidFactsCases.valid().replace("  id: test-article", "  id: test-tally-links")
                .replace("person:alice-example", "person:alice-tally");
        var file = InvalidFactsCases.write(dir, "links.yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importPaths(List.of(file)).ok()).isTrue();
        assertLinksMatchClaims();
        assertThat(linked("person:alice-tally")).isEqualTo(2);

        // the disagreement denied: still linked (relations list it), counted for nothing (the trend leaves it out)
        InvalidFactsCases.write(dir, "links.yaml", text.replace("    topic: causes of the war\n",
                "    topic: causes of the war\n    modality: DENIED\n").getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importPaths(List.of(file)).ok()).isTrue();
        assertLinksMatchClaims();
        assertThat(linked("person:alice-tally")).isEqualTo(2);
        assertThat(counted("person:alice-tally")).isEqualTo(1);

        assertThat(writer.delete("test-tally-links")).isTrue();
        assertLinksMatchClaims();
        assertThat(linked("person:alice-tally")).isZero();
        assertThat(count("MATCH (t:Tally) WHERE t.a = 'person:alice-tally' OR t.b = 'person:alice-tally' RETURN count(t) AS n")).isZero();
    }

    @Test
    void shouldCountAndLinkTheTalliesOfAStoreWrittenBeforeTheLinksOnce() {
        var before = tallies();
        assertThat(before).isNotEmpty();
        // a store as the writers left it before the links: tallies without COUNTS, no upgrade recorded
        graph.write(tx -> tx.run("MATCH (:Tally)-[l:COUNTS]->() DELETE l WITH count(*) AS n MATCH (u:Upgrade) DELETE u").consume());
        assertThat(count("MATCH (:Tally)-[l:COUNTS]->() RETURN count(l) AS n")).isZero();

        new TallyLinks(graph, schema).ensureDone();

        assertThat(tallies()).isEqualTo(before);
        assertLinksMatchClaims();
        assertThat(count("MATCH (u:Upgrade {name: 'tally-links'}) RETURN count(u) AS n")).isOne();
        // done once: a second start-up leaves the tallies as they are
        graph.write(tx -> tx.run("MATCH (t:Tally) WITH t LIMIT 1 SET t.marked = true").consume());
        new TallyLinks(graph, schema).ensureDone();
        assertThat(count("MATCH (t:Tally {marked: true}) RETURN count(t) AS n")).isOne();
        graph.write(tx -> tx.run("MATCH (t:Tally {marked: true}) REMOVE t.marked").consume());
    }

    /** Every pair of distinct parties of every dated-or-not claim is one COUNTS link, and a tally counts its linked claims. */
    private void assertLinksMatchClaims() {
        long pairs = count("""
                MATCH (x:Entity)-[:PARTY]->(c:Claim)<-[:PARTY]-(y:Entity)
                WHERE x.id < y.id
                RETURN count(DISTINCT [x.id, y.id, c.id]) AS n""");
        assertThat(count("MATCH (:Tally)-[l:COUNTS]->(:Claim) RETURN count(l) AS n")).isEqualTo(pairs);
        assertThat(count("""
                MATCH (t:Tally)-[:COUNTS]->(c:Claim)<-[:PARTY]-(x:Entity)
                WHERE x.id IN [t.a, t.b] AND EXISTS { (c)<-[:PARTY]-(:Entity {id: CASE x.id WHEN t.a THEN t.b ELSE t.a END}) }
                  AND t.month = CASE WHEN c.date IS NULL THEN '' ELSE left(c.date, 7) END
                RETURN count(DISTINCT [t.key, c.id]) AS n""")).isEqualTo(pairs);
        assertThat(count("""
                MATCH (t:Tally)
                WHERE t.count <> COUNT { (t)-[:COUNTS]->(c:Claim) WHERE c.modality IS NULL OR c.modality <> 'DENIED' }
                RETURN count(t) AS n""")).isZero();
    }

    private long linked(String id) {
        return count("MATCH (t:Tally)-[:COUNTS]->(c:Claim) WHERE t.a = '" + id + "' OR t.b = '" + id + "' RETURN count(DISTINCT c) AS n");
    }

    private long counted(String id) {
        return count("MATCH (t:Tally) WHERE t.a = '" + id + "' OR t.b = '" + id + "' RETURN coalesce(sum(t.count), 0) AS n");
    }

    private Map<String, Long> tallies() {
        return graph.read(tx -> tx.run("MATCH (t:Tally) RETURN t.key AS key, t.count AS n", Map.of())
                .list(r -> Map.entry(r.get("key").asString(), r.get("n").asLong())).stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private long count(String cypher) {
        return graph.read(tx -> tx.run(cypher, Map.of()).single().get("n").asLong());
    }
}
