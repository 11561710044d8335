package org.entente.system;

import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
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

    Graph(Driver driver, EntenteProperties properties) {
        this.driver = driver;
        var database = properties.neo4j().database();
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
        this.txConfig = TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
        this.writeConfig = TransactionConfig.builder().withTimeout(properties.importTimeout()).build();
    }

    /** Runs one read statement and maps every record. */
    public <T> java.util.List<T> query(String cypherName, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(tx -> Cypher.run(tx, cypherName, parameters).list(mapper::apply));
    }

    public <T> T read(TransactionCallback<T> work) {
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
