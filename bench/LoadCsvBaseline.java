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
 * Two baselines. {@code floor} (the default) is a floor of work, not the same work: an actor's entity is the country
 * of its code's first three letters ({@code country:usa} for USAGOV, but also {@code country:cop} for COP, where the
 * import resolves organizations and kept codes through the gazetteer); the article's id is its URL (the import's is a
 * SHA-1 of it); no monthly tallies, no AGREES_WITH / DISAGREES_WITH edges, no MENTIONED_IN to the data set, no
 * checkpoint, no row validation (a bad row fails the statement or writes nulls), and relationships are CREATEd (the
 * same graph on a fresh store; a second run would duplicate them, where the import adds nothing).
 * {@code equivalent} is the floor plus what the import derives from the same rows and the answers read: the monthly
 * {@code :Tally} of each pair (counts by kind and quad class, Goldstein sum, COUNTS to its claims, the key and fields
 * of {@code ingest/add_tallies}) and the AGREES_WITH / DISAGREES_WITH edges (count, first, last, the first 100 claim
 * ids, by the rule of {@code ingest/bulk/add_stance_edges}), each updated row by row, as Cypher over LOAD CSV does.
 * Entity resolution, validation and the checkpoint stay simplified as in the floor.
 * <p>
 * Single-file program, run with the driver on the class path:
 * java -cp CP bench/LoadCsvBaseline.java BOLT_URI PASSWORD FILE_NAME_IN_IMPORT_DIR [ROWS_PER_TX [floor|equivalent]]
 * Prints the seconds, rows/s and what the graph holds afterwards.
 */
public class LoadCsvBaseline {

    static final String QUERY_TEMPLATE = """
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
            %s} IN TRANSACTIONS OF $batch ROWS
            """;

    /** What the equivalent baseline adds inside the transaction of each row: the tallies and the stance edges. */
    static final String DERIVED = """
              WITH row, c, kind,
                   CASE WHEN actor < target THEN actor ELSE target END AS pa,
                   CASE WHEN actor < target THEN target ELSE actor END AS pb,
                   toFloat(row[30]) AS goldstein, toInteger(row[29]) AS quad
              FOREACH (_ IN CASE WHEN pa IS NULL OR pb IS NULL THEN [] ELSE [1] END |
                MERGE (t:Tally {key: pa + ' ' + pb + ' ' + left(c.date, 7)})
                  ON CREATE SET t.a = pa, t.b = pb, t.month = left(c.date, 7), t.count = 0, t.goldstein = 0.0,
                                t.agreement = 0, t.cooperation = 0, t.disagreement = 0, t.conflict = 0, t.meeting = 0,
                                t.negotiation = 0, t.statement = 0, t.q1 = 0, t.q2 = 0, t.q3 = 0, t.q4 = 0
                SET t.count = t.count + 1, t.goldstein = t.goldstein + coalesce(goldstein, 0.0),
                    t.agreement = t.agreement + CASE kind WHEN 'AGREEMENT' THEN 1 ELSE 0 END,
                    t.cooperation = t.cooperation + CASE kind WHEN 'COOPERATION' THEN 1 ELSE 0 END,
                    t.disagreement = t.disagreement + CASE kind WHEN 'DISAGREEMENT' THEN 1 ELSE 0 END,
                    t.conflict = t.conflict + CASE kind WHEN 'CONFLICT' THEN 1 ELSE 0 END,
                    t.meeting = t.meeting + CASE kind WHEN 'MEETING' THEN 1 ELSE 0 END,
                    t.negotiation = t.negotiation + CASE kind WHEN 'NEGOTIATION' THEN 1 ELSE 0 END,
                    t.statement = t.statement + CASE kind WHEN 'STATEMENT' THEN 1 ELSE 0 END,
                    t.q1 = t.q1 + CASE quad WHEN 1 THEN 1 ELSE 0 END, t.q2 = t.q2 + CASE quad WHEN 2 THEN 1 ELSE 0 END,
                    t.q3 = t.q3 + CASE quad WHEN 3 THEN 1 ELSE 0 END, t.q4 = t.q4 + CASE quad WHEN 4 THEN 1 ELSE 0 END
                CREATE (t)-[:COUNTS]->(c))
              // one block per type, each merging and counting its edge: the form of add_stance_edges (merge both types,
              // then one MATCH and SET) was 11 %% slower here (127.9 s against 114.9 s on 1,000,000 rows, 2026-12-05), and
              // a baseline should be the fastest Cypher that does the work
              %s
              %s
            """.formatted(stanceEdges("AGREES_WITH", "'AGREEMENT', 'COOPERATION'"),
                    stanceEdges("DISAGREES_WITH", "'DISAGREEMENT', 'CONFLICT'"));

    /** One type's block of {@link #DERIVED}: the edge merged and counted, as ingest/bulk/add_stance_edges keeps it. */
    private static String stanceEdges(String type, String kinds) {
        return """
                FOREACH (_ IN CASE WHEN pa IS NOT NULL AND pb IS NOT NULL AND kind IN [%s] THEN [1] ELSE [] END |
                                MERGE (ea:Entity {id: pa})
                                MERGE (eb:Entity {id: pb})
                                MERGE (ea)-[r:%s]->(eb)
                                SET r.claims = (coalesce(r.claims, []) + c.id)[..100], r.topics = coalesce(r.topics, []),
                                    r.count = coalesce(r.count, 0) + 1,
                                    r.first = CASE WHEN r.first IS NULL OR c.date < r.first THEN c.date ELSE r.first END,
                                    r.last = CASE WHEN r.last IS NULL OR c.date > r.last THEN c.date ELSE r.last END)""".formatted(kinds, type);
    }

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
                var mode = args.length > 4 ? args[4] : "floor";
                if (!mode.equals("floor") && !mode.equals("equivalent")) {
                    System.err.println("the baseline is floor or equivalent, not " + mode);
                    System.exit(2);
                }
                var query = QUERY_TEMPLATE.formatted(mode.equals("equivalent") ? DERIVED : "");
                long started = System.nanoTime();
                var summary = session.run(query, Map.of("url", "file:///" + args[2], "batch", batch)).consume();
                double seconds = (System.nanoTime() - started) / 1e9;
                var c = summary.counters();
                System.out.printf("LOAD CSV (%s) of %s in transactions of %d rows: %.1f s; %,d nodes, %,d relationships created%n",
                        mode, args[2], batch, seconds, c.nodesCreated(), c.relationshipsCreated());
                long rows = session.run("MATCH (c:Claim) RETURN count(c) AS n").single().get("n").asLong();
                System.out.printf("baseline-seconds %.3f%nbaseline-rows %d%nbaseline-rate %.0f%n", seconds, rows, rows / seconds);
            }
            var shape = new StringBuilder("graph:");
            COUNTS.forEach((name, q) -> shape.append(String.format(" %s %,d;", name, session.run(q).single().get("n").asLong())));
            System.out.println(shape);
        }
    }
}
