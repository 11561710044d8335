package org.entente.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} at start-up, before the web server takes requests; every statement there is
 * {@code IF NOT EXISTS}, so this is idempotent.
 */
@Component
public class SchemaInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Graph graph;
    private volatile boolean applied;

    SchemaInitializer(Graph graph) {
        this.graph = graph;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureApplied();
    }

    /** Applies the schema unless this application has done so already. */
    public synchronized void ensureApplied() {
        if (!applied) {
            apply();
        }
    }

    public void apply() {
        var statements = Cypher.statements("schema");
        // schema commands may not share a transaction with each other
        for (var statement : statements) {
            graph.write(tx -> tx.run(statement).consume());
        }
        graph.write(tx -> tx.run("CALL db.awaitIndexes(60)").consume());
        applied = true;
        log.info("Schema applied: {} statements", statements.size());
    }
}
