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
}
