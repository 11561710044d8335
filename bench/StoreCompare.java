import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.io.ByteUnit;

/**
 * Bench only (issue 13, the offline-load spike): summarises a stopped store — counts of every label, relationship type
 * and (label or type, property, value type), a few property sums, the indexes — and, with "dump", every node and
 * relationship in a canonical text form (timestamps left out), so that two stores can be diffed.
 *   java -cp target/classes:CLASSPATH bench/StoreCompare.java STORE OUT [dump]
 */
public class StoreCompare {

    static final List<String> SUMS = List.of(
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

    public static void main(String[] args) throws Exception {
        var store = Path.of(args[0]);
        var out = Path.of(args[1]);
        boolean dump = args.length > 2 && args[2].equals("dump");
        var dbms = new DatabaseManagementServiceBuilder(store.toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("512m")).build();
        try (var w = new PrintWriter(Files.newBufferedWriter(out))) {
            var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var lines = new ArrayList<String>();
            db.executeTransactionally("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n", Map.of(),
                    r -> { r.forEachRemaining(m -> lines.add("label " + m.get("l") + " " + m.get("n"))); return null; });
            db.executeTransactionally("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n", Map.of(),
                    r -> { r.forEachRemaining(m -> lines.add("type " + m.get("t") + " " + m.get("n"))); return null; });
            lines.sort(null);
            var keys = new ArrayList<String>();
            db.executeTransactionally("MATCH (n) WITH n, [l IN labels(n) WHERE l IN ['Entity','Article','Claim','Tally','Upgrade','ImportCheckpoint']][0] AS l "
                            + "UNWIND keys(n) AS k RETURN l, k, valueType(n[k]) AS t, count(*) AS n", Map.of(),
                    r -> { r.forEachRemaining(m -> keys.add("node-key " + m.get("l") + "." + m.get("k") + " " + m.get("t") + " " + m.get("n"))); return null; });
            db.executeTransactionally("MATCH ()-[r]->() UNWIND keys(r) AS k RETURN type(r) AS l, k, valueType(r[k]) AS t, count(*) AS n", Map.of(),
                    r -> { r.forEachRemaining(m -> keys.add("rel-key " + m.get("l") + "." + m.get("k") + " " + m.get("t") + " " + m.get("n"))); return null; });
            keys.sort(null);
            lines.addAll(keys);
            for (var q : SUMS) {
                db.executeTransactionally(q, Map.of(), r -> {
                    r.forEachRemaining(m -> lines.add(new TreeMap<>(m).toString()));
                    return null;
                });
            }
            lines.forEach(w::println);
            if (dump) {
                var all = new ArrayList<String>();
                try (var tx = db.beginTx()) {
                    for (var n : tx.getAllNodes()) {
                        var ls = new ArrayList<String>();
                        n.getLabels().forEach(l -> ls.add(l.name()));
                        ls.sort(null);
                        all.add("N " + ls + " " + props(n));
                    }
                    for (var r : tx.getAllRelationships()) {
                        all.add("R " + name(r.getStartNode()) + " -" + r.getType().name() + "-> " + name(r.getEndNode()) + " " + props(r));
                    }
                }
                all.sort(null);
                all.forEach(w::println);
            }
        } finally {
            dbms.shutdown();
        }
    }

    static String name(Entity n) {
        var p = n.getAllProperties();
        return String.valueOf(p.getOrDefault("id", p.getOrDefault("key", p.getOrDefault("name", "?"))));
    }

    static String props(Entity e) {
        var m = new TreeMap<String, String>();
        e.getAllProperties().forEach((k, v) -> {
            if (!k.equals("importedAt") && !k.equals("at") && !k.equals("updatedAt")) {
                m.put(k, v.getClass().getSimpleName() + ":" + show(v));
            }
        });
        return m.toString();
    }

    static String show(Object v) {
        if (v instanceof Object[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof long[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof double[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(v);
    }
}
