package org.entente.ingest.initial;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.entente.facts.ClaimKind;
import org.entente.ingest.gdelt.GdeltImport;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
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
 * Writes an {@link InitialGraph} as the database {@code neo4j} of a Neo4j home that has none, with Neo4j's batch
 * importer (what {@code neo4j-admin database import full} runs), in this process.
 *
 * <p><b>Neo4j internal API</b> ({@code StorageEngineFactory#batchImporter}, the {@code org.neo4j.batchimport} Input
 * types, {@code org.neo4j.internal.batchimport}): not covered by Neo4j's compatibility promises, written against 5.26
 * (the version pinned in pom.xml). {@code InitialLoadIT} compares a store written here with one the transactional import
 * writes, node by node: it must pass on every upgrade of Neo4j.
 *
 * <p>Nodes and relationships are handed over with ids of our own ({@link IdType#ACTUAL}: no id mapper, no string ids
 * to sort), each property as Cypher stores the parameter the bulk writer passes (integers as longs, lists as arrays,
 * nulls left out), so that the store is the one a transactional import of the same files makes. The schema is not
 * written here: the application's start-up applies cypher/schema.cypher to it as to any store.
 */
final class InitialStore {

    private static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
    /**
     * As neo4j-admin's: with the label and relationship type lookup indexes, which Configuration.DEFAULT leaves out (a
     * store without them scans every node for a MATCH by label alone, and schema.cypher does not create them: every
     * store Neo4j makes itself has them).
     */
    private static final Configuration IMPORT_CONFIG = new Configuration.Overridden(Configuration.DEFAULT) {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
    };

    private InitialStore() {
    }

    /**
     * Writes {@code graph} into {@code home} (a Neo4j home: {@code home/data/databases/neo4j} and
     * {@code home/data/transactions/neo4j}), which must have no database {@code neo4j}. {@code progress} takes the
     * importer's own progress output (stages, dots, percentages).
     */
    static void write(InitialGraph graph, Path home, PrintStream progress) throws IOException {
        var config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
        var databaseLayout = Neo4jLayout.of(config).databaseLayout(DATABASE);
        var layout = new Layout(graph);
        long nodes = graph.nodes();
        long relationships = graph.relationships();
        var input = Input.input(RangeInput.nodes(nodes, layout::node), RangeInput.relationships(layout.units(), layout::relationship),
                IdType.ACTUAL, Input.knownEstimates(nodes, relationships, nodes * 8, relationships * 2, nodes * 8 * 16,
                        relationships * 2 * 16, nodes * 2), ReadableGroups.EMPTY);
        try (var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            var importer = StorageEngineFactory.selectStorageEngine(config).batchImporter(databaseLayout,
                    new DefaultFileSystemAbstraction(), PageCacheTracer.NULL, IMPORT_CONFIG,
                    new SimpleLogService(NullLogProvider.getInstance()), progress, false, DefaultAdditionalIds.EMPTY, config,
                    Monitor.NO_MONITOR, scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY);
            importer.doImport(input);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Neo4j's batch importer failed: " + e.getMessage(), e);
        }
    }

    /**
     * Where each node and relationship goes. Node ids: 0 the data set's Article, then the Upgrades a new store records
     * ({@link #UPGRADES}), then
     * the entities, the articles, the claims, the tallies. Relationships come in units of the importer's chunks: an
     * entity (its MENTIONED_IN), a claim (STATED_IN, then a PARTY a party), a tally (a COUNTS a claim), a stance edge.
     */
    /** The upgrades of the graph model ({@link org.entente.ingest.StoreUpgrade}) a store written today has no need of. */
    static final List<String> UPGRADES = List.of(org.entente.ingest.TallyLinks.NAME, org.entente.ingest.SanctionKinds.NAME);

    private static final class Layout {
        private final InitialGraph g;
        private final DateTimeValue now = DateTimeValue.datetime(ZonedDateTime.now(ZoneOffset.UTC));
        private final long entityBase = 1 + UPGRADES.size();
        private final long articleBase;
        private final long claimBase;
        private final long tallyBase;
        private final List<Map<String, Object>> tallies;
        private final List<Map<String, Object>> stances;
        private final long claimUnits;
        private final long tallyUnits;
        private final long stanceUnits;

        Layout(InitialGraph g) {
            this.g = g;
            articleBase = entityBase + g.entities.size();
            claimBase = articleBase + g.articles.size();
            tallyBase = claimBase + g.claims.size();
            tallies = List.copyOf(g.tallies.values());
            stances = List.copyOf(g.stances.values());
            claimUnits = g.entities.size();
            tallyUnits = claimUnits + g.claims.size();
            stanceUnits = tallyUnits + tallies.size();
        }

        long units() {
            return stanceUnits + stances.size();
        }

        void node(long id, InputEntityVisitor v) {
            v.id(id);
            if (id == 0) {
                var d = GdeltImport.DATASET;
                v.labels(new String[] {"Article"});
                v.property("id", d.id());
                v.property("title", d.title());
                v.property("publisher", d.publisher());
                v.property("url", d.url());
                v.property("dataset", true);
                v.property("importedAt", now);
            } else if (id < entityBase) {
                // what the start-up upgrades record on a new store: without them the first start would count every
                // tally again and read every sanction
                v.labels(new String[] {"Upgrade"});
                v.property("name", UPGRADES.get((int) id - 1));
                v.property("at", now);
            } else if (id < articleBase) {
                var e = g.entities.get((int) (id - entityBase));
                v.labels(new String[] {"Entity", e.kind()});
                v.property("id", e.id());
                // as refresh_entities leaves an entity one source declares: its name, its aliases but the name, its code
                put(v, "name", e.name());
                v.property("aliases", e.aliases().stream().filter(a -> !a.equals(e.name())).toArray(String[]::new));
                put(v, "cameo", e.code());
                v.property("sources", new String[] {GdeltImport.DATASET.id()});
            } else if (id < claimBase) {
                var a = g.articles.get((int) (id - articleBase));
                v.labels(new String[] {"Article"});
                v.property("id", a.id());
                put(v, "url", a.url());
                put(v, "publisher", a.publisher());
                put(v, "published", a.published());
                v.property("importedAt", now);
            } else if (id < tallyBase) {
                var c = g.claims.get((int) (id - claimBase));
                v.labels(new String[] {"Claim", ClaimKind.labelOf((String) c.properties().get("kind"))});
                c.properties().forEach((k, x) -> put(v, k, x));
                v.property("id", c.id());
            } else {
                v.labels(new String[] {"Tally"});
                tallies.get((int) (id - tallyBase)).forEach((k, x) -> {
                    if (!k.equals("claims")) {
                        put(v, k, x);
                    }
                });
            }
        }

        boolean relationship(long unit, int sub, InputEntityVisitor v) {
            if (unit < claimUnits) {
                if (sub > 0) {
                    return false;
                }
                var e = g.entities.get((int) unit);
                v.startId(entityBase + unit);
                v.endId(0);
                v.type("MENTIONED_IN");
                put(v, "name", e.name());
                v.property("aliases", e.aliases().toArray(String[]::new));
                put(v, "cameo", e.code());
            } else if (unit < tallyUnits) {
                int c = (int) (unit - claimUnits);
                var links = g.claimLinks.get(c);
                if (sub >= links.length) {
                    return false;
                }
                if (sub == 0) {
                    v.startId(claimBase + c);
                    v.endId(links[0] < 0 ? 0 : articleBase + links[0]);
                    v.type("STATED_IN");
                } else {
                    var party = g.claims.get(c).parties().get(sub - 1);
                    v.startId(entityBase + links[sub]);
                    v.endId(claimBase + c);
                    v.type("PARTY");
                    put(v, "side", party.side());
                    put(v, "role", party.role());
                    put(v, "agent", party.agent());
                    v.property("rank", (long) (sub - 1));
                }
            } else if (unit < stanceUnits) {
                var ids = InitialGraph.claimsOf(tallies.get((int) (unit - tallyUnits)));
                if (sub >= ids.size()) {
                    return false;
                }
                v.startId(tallyBase + (unit - tallyUnits));
                v.endId(claimBase + g.claimIndex.get(ids.get(sub)));
                v.type("COUNTS");
            } else {
                if (sub > 0) {
                    return false;
                }
                var r = stances.get((int) (unit - stanceUnits));
                v.startId(entityBase + g.entityIndex.get((String) r.get("a")));
                v.endId(entityBase + g.entityIndex.get((String) r.get("b")));
                v.type((String) r.get("type"));
                v.property("claims", InitialGraph.claimsOf(r).toArray(String[]::new));
                v.property("topics", new String[0]);
                v.property("count", r.get("count"));
                put(v, "first", r.get("first"));
                put(v, "last", r.get("last"));
            }
            return true;
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
}
