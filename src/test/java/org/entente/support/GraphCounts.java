package org.entente.support;

import java.util.Map;
import java.util.TreeMap;

import org.entente.system.Graph;

/** Node counts by label and relationship counts by type: the fingerprint that must not move on a re-import. */
public final class GraphCounts {

    private GraphCounts() {
    }

    public static Map<String, Long> of(Graph graph) {
        var counts = new TreeMap<String, Long>();
        graph.read(tx -> {
            tx.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
                    .forEachRemaining(r -> counts.put(":" + r.get("label").asString(), r.get("n").asLong()));
            tx.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
                    .forEachRemaining(r -> counts.put("-" + r.get("type").asString(), r.get("n").asLong()));
            tx.run("MATCH (n) RETURN count(n) AS n").forEachRemaining(r -> counts.put("nodes", r.get("n").asLong()));
            tx.run("MATCH ()-[r]->() RETURN count(r) AS n").forEachRemaining(r -> counts.put("relationships", r.get("n").asLong()));
            return null;
        });
        return counts;
    }

    /**
     * The claims (the first ten) whose labels other than {@code Claim} are not exactly their kind's, in words
     * ({@code DISAGREEMENT}: {@code Disagreement}): "id (KIND) :Claim:Label". Empty when every claim is labelled right.
     */
    public static java.util.List<String> claimsNotLabelledByKind(Graph graph) {
        return graph.read(tx -> tx.run("""
                MATCH (c:Claim)
                WITH c, [l IN labels(c) WHERE l <> 'Claim'] AS kinds
                WHERE kinds <> [left(c.kind, 1) + toLower(substring(c.kind, 1))]
                RETURN c.id + ' (' + coalesce(c.kind, 'no kind') + ') :Claim' + reduce(s = '', l IN kinds | s + ':' + l) AS claim
                LIMIT 10""").list(r -> r.get("claim").asString()));
    }
}
