package org.entente.ingest.gdelt;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.entente.facts.ClaimKind;
import org.entente.ingest.Tallies;
import org.entente.ingest.bulk.BulkEvent;
import org.entente.ingest.bulk.BulkWriter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.storageengine.api.StorageEngineFactory;
import org.neo4j.values.storable.DateTimeValue;

/**
 * SPIKE (issue 13): the initial load of GDELT event files into a store that has no database yet, with Neo4j's offline
 * batch importer (what {@code neo4j-admin database import full} runs), in-process. The rows are read and mapped
 * exactly as {@link GdeltImport} maps them ({@link GdeltImport#event}), the graph the bulk writer would make is
 * assembled in memory — entities and their MENTIONED_IN to the data set (as refresh_entities leaves them), articles,
 * claims with their kind label, STATED_IN, PARTY, the monthly tallies ({@link Tallies#rows}, summed a batch at a time
 * as add_tallies sums them) with COUNTS, and the stance edges ({@link BulkWriter#stanceRows}, merged as
 * add_stance_edges merges them) — and handed to the importer through its Input API with node ids of our own
 * ({@link IdType#ACTUAL}: no id mapper, no string ids to sort). The schema is not created here: the application's
 * start-up applies cypher/schema.cypher to the store afterwards, as to any store.
 *
 * <p>Not resumable (a failed load leaves a half-written database folder to delete), everything is held in memory
 * (about 1.5 KB an event), and only a store with no database at all is accepted.
 */
public final class OfflineLoad {

    /** What a load did. */
    public record Result(long rows, long problems, long claims, long duplicates, long entities, long articles,
                         long tallies, long stances, long nodes, long relationships, long readMillis, long importMillis) {
    }

    private static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
    private static final int CHUNK = 10_000;
    /**
     * As neo4j-admin's: with the label and relationship type lookup indexes, which Configuration.DEFAULT leaves out (a
     * store without them scans every node for a MATCH by label alone, and the indexes cannot be created by the usual
     * IF NOT EXISTS start-up as schema.cypher does not name them).
     */
    private static final Configuration IMPORT_CONFIG = new Configuration.Overridden(Configuration.DEFAULT) {
        @Override
        public org.neo4j.batchimport.api.IndexConfig indexConfig() {
            return org.neo4j.batchimport.api.IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
    };

    private final int batchSize;
    private final GdeltImport mapper;

    // the graph, as the transactional writer would leave it
    private final Map<String, Integer> entityIndex = new HashMap<>();
    private final List<BulkEvent.Entity> entities = new ArrayList<>();
    private final Map<String, Integer> articleIndex = new HashMap<>();
    private final List<BulkEvent.Source> articles = new ArrayList<>();
    private final Map<String, Integer> claimIndex = new HashMap<>();
    private final List<BulkEvent> claims = new ArrayList<>();
    private final List<int[]> claimLinks = new ArrayList<>(); // [article index (-1: the data set), party entity indexes...]
    private final LinkedHashMap<String, Map<String, Object>> tallies = new LinkedHashMap<>();
    private final LinkedHashMap<String, Map<String, Object>> stances = new LinkedHashMap<>();
    private long rows;
    private long problems;
    private long duplicates;
    private final List<String> someProblems = new ArrayList<>();

    public OfflineLoad(int batchSize) {
        this.batchSize = batchSize;
        this.mapper = new GdeltImport(null, batchSize);
    }

    /** Whether the store in {@code home} (entente.data-dir) has no database yet: the only kind this loads into. */
    public static boolean isNew(Path home) {
        var layout = layout(home);
        return !Files.exists(layout.databaseLayout(DATABASE).databaseDirectory())
                && !Files.exists(layout.databaseLayout(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).databaseDirectory());
    }

    private static Neo4jLayout layout(Path home) {
        return Neo4jLayout.of(Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build());
    }

    public List<String> someProblems() {
        return someProblems;
    }

    /** Reads the files and writes the database of the store in {@code home}, which must have none. */
    public Result load(List<Path> files, Path home, PrintStream out) throws IOException {
        if (!isNew(home)) {
            throw new IllegalStateException(home + " has a database already: an offline load needs a new store");
        }
        long t0 = System.nanoTime();
        for (var file : files) {
            read(file);
        }
        long t1 = System.nanoTime();
        long nodes = 2L + entities.size() + articles.size() + claims.size() + tallies.size();
        long relationships = 0;
        for (var links : claimLinks) {
            relationships += links.length; // STATED_IN and one PARTY per party
        }
        for (var t : tallies.values()) {
            relationships += claimsOf(t).size();
        }
        relationships += entities.size() + stances.size();
        out.printf("offline load: %,d rows read and mapped in %,d ms: %,d claims, %,d entities, %,d articles, %,d tallies, "
                        + "%,d stance edges; %,d nodes, %,d relationships to import%n", rows, (t1 - t0) / 1_000_000, claims.size(),
                entities.size(), articles.size(), tallies.size(), stances.size(), nodes, relationships);
        write(home, nodes, relationships, out);
        long t2 = System.nanoTime();
        return new Result(rows, problems, claims.size(), duplicates, entities.size(), articles.size(), tallies.size(),
                stances.size(), nodes, relationships, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    // ---- reading: rows parsed and mapped on a thread of their own, the graph assembled on this one ----

    private record Batch(List<BulkEvent> events, Throwable failure, boolean end) {
    }

    private void read(Path file) {
        var ahead = new ArrayBlockingQueue<Batch>(4);
        var reader = new Thread(() -> readAhead(file, ahead), "offline-reader " + file.getFileName());
        reader.setDaemon(true);
        reader.start();
        try {
            for (var batch = ahead.take(); !batch.end(); batch = ahead.take()) {
                if (batch.failure() instanceof RuntimeException e) {
                    throw e;
                } else if (batch.failure() instanceof Error e) {
                    throw e;
                }
                add(batch.events());
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void readAhead(Path file, BlockingQueue<Batch> ahead) {
        try {
            try (var rows = GdeltFile.open(file)) {
                var batch = new ArrayList<BulkEvent>(batchSize);
                while (rows.hasNext()) {
                    var row = rows.next();
                    if (row instanceof GdeltProblem p) {
                        problems++;
                        if (someProblems.size() < 10) {
                            someProblems.add(p.toString());
                        }
                    } else if (row instanceof GdeltEvent e) {
                        this.rows++;
                        batch.add(mapper.event(e));
                    }
                    if (batch.size() >= batchSize) {
                        ahead.put(new Batch(batch, null, false));
                        batch = new ArrayList<>(batchSize);
                    }
                }
                ahead.put(new Batch(batch, null, false));
                ahead.put(new Batch(List.of(), null, true));
            } catch (RuntimeException | Error e) {
                ahead.put(new Batch(List.of(), e, false));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One batch, as BulkWriter.write adds it: the first of an id wins, tallies and stance edges summed per batch. */
    private void add(List<BulkEvent> batch) {
        var fresh = new ArrayList<BulkEvent>(batch.size());
        for (var e : batch) {
            if (claimIndex.containsKey(e.id())) {
                duplicates++;
                continue;
            }
            claimIndex.put(e.id(), claims.size());
            claims.add(e);
            fresh.add(e);
            var links = new int[1 + e.parties().size()];
            links[0] = article(e.article());
            for (int i = 0; i < e.parties().size(); i++) {
                var entity = e.parties().get(i).entity();
                links[i + 1] = entityIndex.computeIfAbsent(entity.id(), id -> {
                    entities.add(entity);
                    return entities.size() - 1;
                });
            }
            claimLinks.add(links);
        }
        for (var row : Tallies.rows(fresh.stream().map(OfflineLoad::tallied).toList(), 1)) {
            var t = tallies.get((String) row.get("key"));
            if (t == null) {
                var created = new LinkedHashMap<String, Object>();
                row.forEach((k, v) -> created.put(k, v instanceof Long ? 0L : v instanceof Double ? 0.0 : v));
                created.put("claims", new ArrayList<String>());
                tallies.put((String) row.get("key"), created);
                t = created;
            }
            for (var field : row.entrySet()) {
                var k = field.getKey();
                if (field.getValue() instanceof Long n) {
                    t.put(k, (Long) t.get(k) + n);
                } else if (field.getValue() instanceof Double d) {
                    t.put(k, (Double) t.get(k) + d);
                }
            }
            claimsOf(t).addAll(claimsOf(row));
        }
        for (var row : BulkWriter.stanceRows(fresh)) {
            var key = row.get("a") + " " + row.get("b") + " " + row.get("type");
            var r = stances.get(key);
            if (r == null) {
                r = new HashMap<>();
                r.put("a", row.get("a"));
                r.put("b", row.get("b"));
                r.put("type", row.get("type"));
                r.put("claims", new ArrayList<String>());
                r.put("count", 0L);
                stances.put(key, r);
            }
            var ids = claimsOf(r);
            for (var id : claimsOf(row)) {
                if (ids.size() < 100) {
                    ids.add(id);
                }
            }
            r.put("count", (Long) r.get("count") + (Long) row.get("count"));
            var first = (String) row.get("first");
            var last = (String) row.get("last");
            if (first != null && (r.get("first") == null || first.compareTo((String) r.get("first")) < 0)) {
                r.put("first", first);
            }
            if (last != null && (r.get("last") == null || last.compareTo((String) r.get("last")) > 0)) {
                r.put("last", last);
            }
        }
    }

    private int article(BulkEvent.Source s) {
        if (s.id().equals(GdeltImport.DATASET.id())) {
            return -1;
        }
        return articleIndex.computeIfAbsent(s.id(), id -> {
            articles.add(s);
            return articles.size() - 1;
        });
    }

    private static Tallies.Claim tallied(BulkEvent e) {
        var p = e.properties();
        return new Tallies.Claim(e.id(), (String) p.get("kind"), (String) p.get("modality"), (String) p.get("date"),
                (Double) p.get("goldstein"), (Integer) p.get("quad"), e.parties().stream().map(x -> x.entity().id()).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> claimsOf(Map<String, Object> row) {
        return (List<String>) row.get("claims");
    }

    // ---- writing: the importer, fed through its Input API with our own node ids ----

    private void write(Path home, long nodes, long relationships, PrintStream out) throws IOException {
        var config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
        var databaseLayout = Neo4jLayout.of(config).databaseLayout(DATABASE);
        var now = DateTimeValue.datetime(ZonedDateTime.now(ZoneOffset.UTC));
        int entityBase = 2;
        int articleBase = entityBase + entities.size();
        int claimBase = articleBase + articles.size();
        int tallyBase = claimBase + claims.size();
        var tallyList = List.copyOf(tallies.values());
        var stanceList = List.copyOf(stances.values());

        NodeEmitter node = (id, v) -> {
            if (id == 0) {
                v.id(0);
                v.labels(new String[] {"Article"});
                var d = GdeltImport.DATASET;
                v.property("id", d.id());
                v.property("title", d.title());
                v.property("publisher", d.publisher());
                v.property("url", d.url());
                v.property("dataset", true);
                v.property("importedAt", now);
            } else if (id == 1) {
                // what TallyLinks records on a new store: without it the first start would count every tally again
                v.id(1);
                v.labels(new String[] {"Upgrade"});
                v.property("name", "tally-links");
                v.property("at", now);
            } else if (id < articleBase) {
                var e = entities.get((int) id - entityBase);
                v.id(id);
                v.labels(new String[] {"Entity", e.kind()});
                v.property("id", e.id());
                // as refresh_entities leaves an entity one source declares: its name, its aliases but the name, its code
                put(v, "name", e.name());
                v.property("aliases", e.aliases().stream().filter(a -> !a.equals(e.name())).toArray(String[]::new));
                put(v, "cameo", e.code());
                v.property("sources", new String[] {GdeltImport.DATASET.id()});
            } else if (id < claimBase) {
                var a = articles.get((int) id - articleBase);
                v.id(id);
                v.labels(new String[] {"Article"});
                v.property("id", a.id());
                put(v, "url", a.url());
                put(v, "publisher", a.publisher());
                put(v, "published", a.published());
                v.property("importedAt", now);
            } else if (id < tallyBase) {
                var c = claims.get((int) id - claimBase);
                v.id(id);
                v.labels(new String[] {"Claim", ClaimKind.labelOf((String) c.properties().get("kind"))});
                c.properties().forEach((k, x) -> put(v, k, x));
                v.property("id", c.id());
            } else {
                var t = tallyList.get((int) (id - tallyBase));
                v.id(id);
                v.labels(new String[] {"Tally"});
                t.forEach((k, x) -> {
                    if (!k.equals("claims")) {
                        put(v, k, x);
                    }
                });
            }
        };
        // relationship units: entities (MENTIONED_IN), claims (STATED_IN, PARTY), tallies (COUNTS), stance edges
        long claimUnits = entities.size();
        long tallyUnits = claimUnits + claims.size();
        long stanceUnits = tallyUnits + tallyList.size();
        long units = stanceUnits + stanceList.size();
        RelationshipEmitter relationship = (unit, sub, v) -> {
            if (unit < claimUnits) {
                if (sub > 0) {
                    return false;
                }
                var e = entities.get((int) unit);
                v.startId(entityBase + unit);
                v.endId(0);
                v.type("MENTIONED_IN");
                put(v, "name", e.name());
                v.property("aliases", e.aliases().toArray(String[]::new));
                put(v, "cameo", e.code());
            } else if (unit < tallyUnits) {
                int c = (int) (unit - claimUnits);
                var links = claimLinks.get(c);
                if (sub >= links.length) {
                    return false;
                }
                if (sub == 0) {
                    v.startId(claimBase + c);
                    v.endId(links[0] < 0 ? 0 : articleBase + links[0]);
                    v.type("STATED_IN");
                } else {
                    var party = claims.get(c).parties().get(sub - 1);
                    v.startId(entityBase + links[sub]);
                    v.endId(claimBase + c);
                    v.type("PARTY");
                    put(v, "side", party.side());
                    put(v, "role", party.role());
                    put(v, "agent", party.agent());
                    v.property("rank", (long) (sub - 1));
                }
            } else if (unit < stanceUnits) {
                var t = tallyList.get((int) (unit - tallyUnits));
                var ids = claimsOf(t);
                if (sub >= ids.size()) {
                    return false;
                }
                v.startId(tallyBase + (unit - tallyUnits));
                v.endId(claimBase + claimIndex.get(ids.get(sub)));
                v.type("COUNTS");
            } else {
                if (sub > 0) {
                    return false;
                }
                var r = stanceList.get((int) (unit - stanceUnits));
                v.startId(entityBase + entityIndex.get((String) r.get("a")));
                v.endId(entityBase + entityIndex.get((String) r.get("b")));
                v.type((String) r.get("type"));
                v.property("claims", claimsOf(r).toArray(String[]::new));
                v.property("topics", new String[0]);
                v.property("count", r.get("count"));
                put(v, "first", r.get("first"));
                put(v, "last", r.get("last"));
            }
            return true;
        };
        var input = Input.input(nodeInput(nodes, node), relationshipInput(units, relationship), IdType.ACTUAL,
                Input.knownEstimates(nodes, relationships, nodes * 8, relationships * 2, nodes * 8 * 16, relationships * 2 * 16,
                        nodes * 2), ReadableGroups.EMPTY);
        var fs = new DefaultFileSystemAbstraction();
        try (var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            var engine = StorageEngineFactory.selectStorageEngine(config);
            var importer = engine.batchImporter(databaseLayout, fs, PageCacheTracer.NULL, IMPORT_CONFIG,
                    new SimpleLogService(NullLogProvider.getInstance()), out, false, DefaultAdditionalIds.EMPTY, config,
                    Monitor.NO_MONITOR, scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                    CursorContextFactory.NULL_CONTEXT_FACTORY);
            importer.doImport(input);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A property as Cypher would store the parameter: nothing for null, integers as longs, lists as arrays. */
    private static void put(InputEntityVisitor v, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Integer i) {
            v.property(key, (long) i);
        } else if (value instanceof List<?> list) {
            v.property(key, list.stream().map(String::valueOf).toArray(String[]::new));
        } else {
            v.property(key, value);
        }
    }

    @FunctionalInterface
    private interface NodeEmitter {
        void emit(long id, InputEntityVisitor visitor);
    }

    @FunctionalInterface
    private interface RelationshipEmitter {
        /** Emits relationship {@code sub} of {@code unit}; false when the unit has no more. */
        boolean emit(long unit, int sub, InputEntityVisitor visitor);
    }

    /** Nodes 0 … count-1, in chunks taken by the importer's threads. */
    private static InputIterable nodeInput(long count, NodeEmitter emitter) {
        return () -> new RangeIterator(count) {
            @Override
            public InputChunk newChunk() {
                return new RangeChunk() {
                    @Override
                    public boolean next(InputEntityVisitor visitor) throws IOException {
                        if (at >= to) {
                            return false;
                        }
                        emitter.emit(at++, visitor);
                        visitor.endOfEntity();
                        return true;
                    }
                };
            }
        };
    }

    /** The relationships of units 0 … count-1, in chunks of units taken by the importer's threads. */
    private static InputIterable relationshipInput(long count, RelationshipEmitter emitter) {
        return () -> new RangeIterator(count) {
            @Override
            public InputChunk newChunk() {
                return new RangeChunk() {
                    @Override
                    public boolean next(InputEntityVisitor visitor) throws IOException {
                        while (at < to) {
                            if (emitter.emit(at, sub, visitor)) {
                                sub++;
                                visitor.endOfEntity();
                                return true;
                            }
                            at++;
                            sub = 0;
                        }
                        return false;
                    }
                };
            }
        };
    }

    private abstract static class RangeIterator implements InputIterator {
        private final AtomicLong next = new AtomicLong();
        private final long count;

        RangeIterator(long count) {
            this.count = count;
        }

        @Override
        public boolean next(InputChunk chunk) {
            long from = next.getAndAdd(CHUNK);
            if (from >= count) {
                return false;
            }
            var range = (RangeChunk) chunk;
            range.at = from;
            range.to = Math.min(count, from + CHUNK);
            range.sub = 0;
            return true;
        }

        @Override
        public void close() {
        }
    }

    private abstract static class RangeChunk implements InputChunk {
        long at;
        long to;
        int sub;

        @Override
        public void close() {
        }
    }
}
