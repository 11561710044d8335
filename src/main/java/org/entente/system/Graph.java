package org.entente.system;

import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The one way the application talks to Neo4j: named Cypher files, parameters only, reads in read
 * transactions (which a cluster may send to a follower), writes in write transactions, each bounded in time: a
 * question by {@code entente.query-timeout}, a write (a whole source) by the larger {@code entente.import-timeout},
 * so a large valid import does not fail because a question would have been too slow.
 */
@Component
public final class Graph {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final TransactionConfig txConfig;
    private final TransactionConfig writeConfig;
    private final SessionConfig readConfig;
    private final ThreadLocal<TransactionContext> joined = new ThreadLocal<>();

    Graph(Driver driver, EntenteProperties properties) {
        this.driver = driver;
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
     */
    public <T, E extends Exception> T inOneRead(Work<T, E> work) throws E {
        if (joined.get() != null) {
            return work.run();
        }
        try (var session = driver.session(readConfig); var tx = session.beginTransaction(txConfig)) {
            joined.set(new Joined(tx));
            try {
                return work.run(); // a read has nothing to commit: closing the transaction ends it
            } finally {
                joined.remove();
            }
        }
    }

    /** What {@link #inOneRead} runs. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** The transaction of {@link #inOneRead}, as the transaction functions see one. */
    private record Joined(org.neo4j.driver.Transaction tx) implements TransactionContext {
        @Override
        public org.neo4j.driver.Result run(String query, org.neo4j.driver.Value parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public org.neo4j.driver.Result run(String query, Map<String, Object> parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public org.neo4j.driver.Result run(String query, Record parameters) {
            return tx.run(query, parameters);
        }

        @Override
        public org.neo4j.driver.Result run(String query) {
            return tx.run(query);
        }

        @Override
        public org.neo4j.driver.Result run(org.neo4j.driver.Query query) {
            return tx.run(query);
        }
    }

    /** Runs one read statement and maps every record. */
    public <T> java.util.List<T> query(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(tx -> Cypher.run(tx, cypherName, parameters).list(mapper::apply));
    }

    public <T> T read(TransactionCallback<T> work) {
        var tx = joined.get();
        if (tx != null) {
            return work.execute(tx);
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
