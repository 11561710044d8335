package org.entente.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * A stopped store as text, so that two stores can be compared line by line: counts of every label, relationship type
 * and (label or type, property, value type), sums of the properties that add up (tallies, claims, stance edges), the
 * indexes with their state, and, when asked for, every node and relationship with all its properties in a canonical
 * form (sorted; the timestamps of an import left out, as two imports never share them). InitialLoadIT compares an
 * initial load with a transactional import by it; bench/StoreCompare.java prints it for stores of any size.
 */
public final class StoreDump {

    /** Properties set to the time of the import: the only ones that differ between two imports of the same files. */
    private static final Set<String> TIMESTAMPS = Set.of("importedAt", "at", "updatedAt");
    private static final String NODE_LABELS = "['Entity','Article','Claim','Tally','Upgrade','ImportCheckpoint']";

    private static final List<String> SUMS = List.of(
            "MATCH (t:Tally) RETURN 'Tally' AS what, count(t) AS n, sum(t.count) AS count, sum(t.goldstein) AS goldstein, sum(t.q1) AS q1, sum(t.q2) AS q2, sum(t.q3) AS q3, sum(t.q4) AS q4, sum(t.agreement + t.cooperation + t.disagreement + t.conflict + t.meeting + t.negotiation + t.statement) AS kinds",
            "MATCH (c:Claim) RETURN 'Claim' AS what, count(c) AS n, sum(c.goldstein) AS goldstein, sum(c.mentions) AS mentions, sum(c.tone) AS tone, count(c.place) AS places, sum(c.latitude) AS lat, sum(c.quad) AS quad",
            "MATCH ()-[p:PARTY]->() RETURN 'PARTY' AS what, count(p) AS n, sum(p.rank) AS rank, count(p.agent) AS agents, count(p.side) AS sides",
            "MATCH ()-[r:AGREES_WITH|DISAGREES_WITH]->() RETURN 'stance' AS what, count(r) AS n, sum(r.count) AS count, sum(size(r.claims)) AS claims, min(r.first) AS first, max(r.last) AS last, sum(size(r.topics)) AS topics",
            "MATCH (e:Entity) RETURN 'Entity' AS what, count(e) AS n, sum(size(e.aliases)) AS aliases, count(e.cameo) AS cameo, sum(size(e.sources)) AS sources",
            "MATCH ()-[m:MENTIONED_IN]->() RETURN 'MENTIONED_IN' AS what, count(m) AS n, sum(size(m.aliases)) AS aliases, count(m.cameo) AS cameo",
            "MATCH (a:Article) RETURN 'Article' AS what, count(a) AS n, count(a.url) AS url, count(a.published) AS published, count(a.publisher) AS publisher, count(a.importedAt) AS importedAt",
            "MATCH (t:Tally)-[:COUNTS]->(c:Claim) RETURN 'COUNTS' AS what, count(*) AS n, count(DISTINCT c) AS claims",
            "MATCH (n) WITH labels(n) AS ls, keys(n) AS ks UNWIND ks AS k RETURN 'node-keys' AS what, count(*) AS n",
            "SHOW INDEXES YIELD name, state, populationPercent RETURN 'indexes' AS what, collect(name + ':' + state + ':' + populationPercent) AS n");

    private StoreDump() {
    }

    /**
     * The summary of the store in {@code dataDir} (entente.data-dir), and with {@code everything} every node and
     * relationship too. The store must be stopped: it is opened here, without Bolt, and closed again.
     */
    public static List<String> of(Path dataDir, boolean everything) {
        var dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("256m")).build();
        try {
            var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var lines = new ArrayList<String>();
            var counts = new ArrayList<String>();
            query(db, "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n", m -> counts.add("label " + m.get("l") + " " + m.get("n")));
            query(db, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n", m -> counts.add("type " + m.get("t") + " " + m.get("n")));
            counts.sort(null);
            lines.addAll(counts);
            var keys = new ArrayList<String>();
            query(db, "MATCH (n) WITH n, [l IN labels(n) WHERE l IN " + NODE_LABELS + "][0] AS l "
                    + "UNWIND keys(n) AS k RETURN l, k, valueType(n[k]) AS t, count(*) AS n",
                    m -> keys.add("node-key " + m.get("l") + "." + m.get("k") + " " + m.get("t") + " " + m.get("n")));
            query(db, "MATCH ()-[r]->() UNWIND keys(r) AS k RETURN type(r) AS l, k, valueType(r[k]) AS t, count(*) AS n",
                    m -> keys.add("rel-key " + m.get("l") + "." + m.get("k") + " " + m.get("t") + " " + m.get("n")));
            keys.sort(null);
            lines.addAll(keys);
            for (var q : SUMS) {
                query(db, q, m -> lines.add(new TreeMap<>(m).toString()));
            }
            if (everything) {
                lines.addAll(everything(db));
            }
            return lines;
        } finally {
            dbms.shutdown();
        }
    }

    private static List<String> everything(GraphDatabaseService db) {
        var all = new ArrayList<String>();
        try (var tx = db.beginTx()) {
            for (var n : tx.getAllNodes()) {
                var labels = new ArrayList<String>();
                n.getLabels().forEach(l -> labels.add(l.name()));
                labels.sort(null);
                all.add("N " + labels + " " + properties(n));
            }
            for (var r : tx.getAllRelationships()) {
                all.add("R " + name(r.getStartNode()) + " -" + r.getType().name() + "-> " + name(r.getEndNode()) + " " + properties(r));
            }
        }
        all.sort(null);
        return all;
    }

    private static void query(GraphDatabaseService db, String cypher, java.util.function.Consumer<Map<String, Object>> row) {
        db.executeTransactionally(cypher, Map.of(), result -> {
            result.forEachRemaining(row);
            return null;
        });
    }

    private static String name(Entity n) {
        var p = n.getAllProperties();
        return String.valueOf(p.getOrDefault("id", p.getOrDefault("key", p.getOrDefault("name", "?"))));
    }

    private static String properties(Entity e) {
        var m = new TreeMap<String, String>();
        e.getAllProperties().forEach((k, v) -> {
            if (!TIMESTAMPS.contains(k)) {
                m.put(k, v.getClass().getSimpleName() + ":" + show(v));
            }
        });
        return m.toString();
    }

    private static String show(Object v) {
        if (v instanceof Object[] a) {
            return Arrays.toString(a);
        } else if (v instanceof long[] a) {
            return Arrays.toString(a);
        } else if (v instanceof double[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(v);
    }
}
