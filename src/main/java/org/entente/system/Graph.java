package org.entente.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way the application talks to Neo4j: named Cypher files, parameters only, reads in read
 * transactions (which a cluster may send to a follower), writes in write transactions, each bounded in time: a
 * question by {@code entente.query-timeout}, a write (a whole source) by the larger {@code entente.import-timeout},
 * so a large valid import does not fail because a question would have been too slow.
 */
@Component
public final class Graph {

    private static final Logger log = LoggerFactory.getLogger(Graph.class);
    /** How many answers {@link #remembered} keeps, the least recently used going first. */
    private static final int REMEMBERED = 2_000;

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final TransactionConfig txConfig;
    private final TransactionConfig writeConfig;
    private final SessionConfig readConfig;
    private final ThreadLocal<Joined> joined = new ThreadLocal<>();
    /** The graph's version (its last committed transaction), where known: an embedded engine's; null for a server. */
    private final LongSupplier version;
    private final Map<List<Object>, Remembered> remembered = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Remembered> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** What a statement answered, and at which version of the graph. */
    private record Remembered(long version, List<Record> records) {
    }

    Graph(Driver driver, EntenteProperties properties) {
        this(driver, properties, null);
    }

    @Autowired
    Graph(Driver driver, EntenteProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        var engine = embedded == null ? null : embedded.getIfAvailable();
        this.version = engine == null ? null : engine::lastCommittedTransaction;
        var database = properties.neo4j().database();
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
        var read = SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ);
        this.readConfig = (database == null || database.isBlank() ? read : read.withDatabase(database)).build();
        this.txConfig = TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
        this.writeConfig = TransactionConfig.builder().withTimeout(properties.importTimeout()).build();
    }

    /**
     * Runs {@code work} with every read it makes ({@link #read}, {@link #query}) in one read transaction of one session:
     * a question of the API runs four to eight statements (names, circles, claims, tallies), and each in its own
     * session and transaction cost a round trip or two to the engine more than the statement itself (about 5 ms a
     * statement on the 1M-event store, 2 cores). The whole work shares the transaction's time limit
     * ({@code entente.query-timeout}); a read inside a read already under way joins it. Writes keep their own.
     * <p>
     * The shared transaction is not retried as {@code executeRead} retries: if it fails on an error worth retrying
     * (terminated, a transient engine error, a lost connection) the read that saw it, and every read after it, runs in
     * a retried transaction of its own, as without this method. A question under a write load once answered 503 where
     * the retry would have answered it.
     */
    public <T, E extends Exception> T inOneRead(Work<T, E> work) throws E {
        if (joined.get() != null) {
            return work.run();
        }
        try (var session = driver.session(readConfig)) {
            Joined shared;
            try {
                shared = new Joined(session.beginTransaction(txConfig));
            } catch (RuntimeException e) {
                if (e instanceof RetryableException) {
                    return work.run(); // each read on its own, retried
                }
                throw e;
            }
            joined.set(shared);
            try {
                return work.run(); // a read has nothing to commit: closing the transaction ends it
            } finally {
                joined.remove();
                shared.close();
            }
        }
    }

    /** What {@link #inOneRead} runs. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** The transaction of {@link #inOneRead}, as the transaction functions see one, until it fails on a retryable error. */
    private static final class Joined implements TransactionContext {
        private final Transaction tx;
        private boolean failed;

        Joined(Transaction tx) {
            this.tx = tx;
        }

        /** The shared transaction failed on {@code e}, an error worth retrying: it is closed and not used again. */
        void fail(RuntimeException e) {
            log.info("The request's read transaction failed ({}); its reads go on one by one", e.getMessage());
            failed = true;
            close();
        }

        void close() {
            try {
                tx.close();
            } catch (RuntimeException e) {
                log.debug("Closing a failed read transaction: {}", e.getMessage());
            }
        }

        @Override
        public Result run(String query, Value parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query, Map<String, Object> parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query, Record parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public Result run(String query) {
            return tx.run(query);
        }

        @Override
        public Result run(Query query) {
            return tx.run(query);
        }
    }

    /** Runs one read statement and maps every record. */
    public <T> List<T> query(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(tx -> Cypher.run(tx, cypherName, parameters).list(mapper::apply));
    }

    /**
     * {@link #query}, its records remembered until the graph changes (any commit, by anyone, moves its version on), and
     * mapped anew for each caller: for the statements that resolve a question's names and circles ({@code find_entity},
     * {@code search_entities}, {@code find_circle}), which every question runs with the same few parameters, four of its
     * six to eight statements. Where the version is unknown (a Neo4j server), it is {@link #query}.
     */
    public <T> List<T> remembered(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        if (version == null) {
            return query(cypherName, parameters, mapper);
        }
        long now = version.getAsLong(); // before reading: a commit in between leaves newer rows under an older version, read again next time
        var key = List.<Object>of(cypherName, Collections.unmodifiableMap(new java.util.HashMap<>(parameters)));
        var hit = remembered.get(key);
        List<Record> records;
        if (hit != null && hit.version() == now) {
            records = hit.records();
        } else {
            records = List.copyOf(query(cypherName, parameters, r -> r));
            remembered.put(key, new Remembered(now, records));
        }
        return records.stream().map(mapper).toList();
    }

    public <T> T read(TransactionCallback<T> work) {
        var shared = joined.get();
        if (shared != null && !shared.failed) {
            try {
                return work.execute(shared);
            } catch (RuntimeException e) {
                if (!(e instanceof RetryableException)) {
                    throw e;
                }
                shared.fail(e);
            }
        }
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(work, txConfig);
        }
    }

    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeWrite(work, writeConfig);
        }
    }
}
