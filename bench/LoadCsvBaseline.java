import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

/**
 * The baseline of bench/scale: Neo4j's own {@code LOAD CSV} of a GDELT 2.0 event file (61 tab-separated columns, no
 * header) into a running Entente's embedded engine over Bolt, in {@code CALL { … } IN TRANSACTIONS OF 5000 ROWS},
 * writing the graph shape {@code entente import --format gdelt} writes for the same rows: a {@code :Claim} per event
 * ({@code claim:gdelt:<GLOBALEVENTID>}, its kind as a second label, {@code :Claim:Conflict}, the same properties: kind by CAMEO root as CameoCodes.kind, cameo, goldstein,
 * quad, date, modality, confidence, summary, rootEvent, mentions, sources, articles, tone, place, latitude, longitude,
 * dataset), {@code STATED_IN} its {@code :Article} (one per SOURCEURL), and {@code PARTY} relationships from its actor
 * and target entities (side, role, agent as the import sets them).
 * <p>
 * Simplifications, so the baseline is a floor of work, not the same work: an actor's entity is the country of its
 * code's first three letters ({@code country:usa} for USAGOV, but also {@code country:cop} for COP, where the import
 * resolves organizations and kept codes through the gazetteer); the article's id is its URL (the import's is a SHA-1 of
 * it); no monthly tallies, no AGREES_WITH / DISAGREES_WITH edges, no MENTIONED_IN to the data set, no checkpoint, no
 * row validation (a bad row fails the statement or writes nulls), and relationships are CREATEd (the same graph on a
 * fresh store; a second run would duplicate them, where the import adds nothing).
 * <p>
 * Single-file program, run with the driver on the class path:
 * java -cp CP bench/LoadCsvBaseline.java BOLT_URI PASSWORD FILE_NAME_IN_IMPORT_DIR [ROWS_PER_TX]
 * Prints the seconds, rows/s and what the graph holds afterwards.
 */
public class LoadCsvBaseline {

    static final String QUERY = """
            LOAD CSV FROM $url AS row FIELDTERMINATOR '\\t'
            CALL (row) {
              WITH row, row[26] AS code, toInteger(row[28]) AS root,
                   CASE WHEN row[5] IS NULL THEN null ELSE 'country:' + toLower(left(row[5], 3)) END AS actor,
                   CASE WHEN row[15] IS NULL THEN null ELSE 'country:' + toLower(left(row[15], 3)) END AS target0
              WITH row, code, root, actor, CASE WHEN target0 = actor THEN null ELSE target0 END AS target
              WITH row, code, actor, target,
                   CASE
                     WHEN root IN [1, 2] THEN 'STATEMENT'
                     WHEN root = 4 THEN CASE WHEN code STARTS WITH '046' THEN 'NEGOTIATION' ELSE 'MEETING' END
                     WHEN root = 3 THEN 'AGREEMENT'
                     WHEN root = 5 THEN CASE WHEN code STARTS WITH '051' OR code STARTS WITH '052' THEN 'STATEMENT' ELSE 'AGREEMENT' END
                     WHEN root IN [6, 7, 8, 9] THEN 'COOPERATION'
                     WHEN (root >= 10 AND root <= 14) OR root = 16 THEN 'DISAGREEMENT'
                     ELSE 'CONFLICT'
                   END AS kind0
              WITH row, code, actor, target,
                   CASE WHEN (actor IS NULL OR target IS NULL) AND kind0 IN ['AGREEMENT', 'DISAGREEMENT', 'NEGOTIATION', 'COOPERATION']
                        THEN 'STATEMENT' ELSE kind0 END AS kind
              WITH row, code, actor, target, kind, kind IN ['AGREEMENT', 'COOPERATION', 'MEETING', 'NEGOTIATION'] AS joint
              MERGE (c:Claim {id: 'claim:gdelt:' + row[0]})
                ON CREATE SET c.kind = kind, c:$(left(kind, 1) + toLower(substring(kind, 1))), c.cameo = code, c.goldstein = toFloat(row[30]), c.quad = toInteger(row[29]),
                  c.date = substring(row[1], 0, 4) + '-' + substring(row[1], 4, 2) + '-' + substring(row[1], 6, 2),
                  c.modality = 'ASSERTED', c.confidence = 0.5,
                  c.summary = coalesce(row[6], 'someone') + ' → ' + coalesce(row[16], '—') + ': CAMEO ' + code,
                  c.rootEvent = row[25] = '1', c.mentions = toInteger(row[31]), c.sources = toInteger(row[32]),
                  c.articles = toInteger(row[33]), c.tone = toFloat(row[34]), c.place = row[52],
                  c.latitude = toFloat(row[56]), c.longitude = toFloat(row[57]), c.dataset = 'gdelt'
              MERGE (a:Article {id: coalesce(row[60], 'gdelt')})
                ON CREATE SET a.url = row[60], a.publisher = replace(split(split(row[60], '://')[1], '/')[0], 'www.', ''),
                  a.published = substring(row[59], 0, 4) + '-' + substring(row[59], 4, 2) + '-' + substring(row[59], 6, 2),
                  a.importedAt = datetime()
              CREATE (c)-[:STATED_IN]->(a)
              FOREACH (_ IN CASE WHEN actor IS NULL THEN [] ELSE [1] END |
                MERGE (e:Entity {id: actor}) ON CREATE SET e:Country, e.name = row[6]
                CREATE (e)-[:PARTY {side: CASE WHEN joint THEN 'joint' ELSE actor END, role: 'actor', rank: 0,
                                    agent: CASE WHEN size(row[5]) > 3 THEN substring(row[5], 3) END}]->(c))
              FOREACH (_ IN CASE WHEN target IS NULL THEN [] ELSE [1] END |
                MERGE (e:Entity {id: target}) ON CREATE SET e:Country, e.name = row[16]
                CREATE (e)-[:PARTY {side: CASE WHEN joint THEN 'joint' ELSE target END, role: 'target',
                                    rank: CASE WHEN actor IS NULL THEN 0 ELSE 1 END, agent: CASE WHEN size(row[15]) > 3 THEN substring(row[15], 3) END}]->(c))
            } IN TRANSACTIONS OF $batch ROWS
            """;

    static final Map<String, String> COUNTS = counts();

    private static Map<String, String> counts() {
        var m = new LinkedHashMap<String, String>();
        m.put("claims", "MATCH (c:Claim) RETURN count(c) AS n");
        m.put("articles", "MATCH (a:Article) RETURN count(a) AS n");
        m.put("entities", "MATCH (e:Entity) RETURN count(e) AS n");
        m.put("PARTY", "MATCH ()-[r:PARTY]->() RETURN count(r) AS n");
        m.put("STATED_IN", "MATCH ()-[r:STATED_IN]->() RETURN count(r) AS n");
        m.put("tallies", "MATCH (t:Tally) RETURN count(t) AS n");
        m.put("stance edges", "MATCH ()-[r:AGREES_WITH|DISAGREES_WITH]->() RETURN count(r) AS n");
        return m;
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: LoadCsvBaseline BOLT_URI PASSWORD [FILE_NAME_IN_IMPORT_DIR [ROWS_PER_TX]]  (no file: counts only)");
            System.exit(2);
        }
        try (var driver = GraphDatabase.driver(args[0], AuthTokens.basic("neo4j", args[1]));
             var session = driver.session(SessionConfig.defaultConfig())) {
            if (args.length > 2) {
                long batch = args.length > 3 ? Long.parseLong(args[3]) : 5000;
                long started = System.nanoTime();
                var summary = session.run(QUERY, Map.of("url", "file:///" + args[2], "batch", batch)).consume();
                double seconds = (System.nanoTime() - started) / 1e9;
                var c = summary.counters();
                System.out.printf("LOAD CSV of %s in transactions of %d rows: %.1f s; %,d nodes, %,d relationships created%n",
                        args[2], batch, seconds, c.nodesCreated(), c.relationshipsCreated());
                long rows = session.run("MATCH (c:Claim) RETURN count(c) AS n").single().get("n").asLong();
                System.out.printf("baseline-seconds %.3f%nbaseline-rows %d%nbaseline-rate %.0f%n", seconds, rows, rows / seconds);
            }
            var shape = new StringBuilder("graph:");
            COUNTS.forEach((name, q) -> shape.append(String.format(" %s %,d;", name, session.run(q).single().get("n").asLong())));
            System.out.println(shape);
        }
    }
}
