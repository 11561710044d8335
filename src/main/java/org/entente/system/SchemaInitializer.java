package org.entente.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Applies {@code cypher/schema.cypher} at start-up; every statement there is {@code IF NOT EXISTS}, so this is idempotent. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SchemaInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Graph graph;

    SchemaInitializer(Graph graph) {
        this.graph = graph;
    }

    @Override
    public void run(ApplicationArguments args) {
        apply();
    }

    public void apply() {
        var statements = Cypher.statements("schema");
        // schema commands may not share a transaction with each other
        for (var statement : statements) {
            graph.write(tx -> tx.run(statement).consume());
        }
        graph.write(tx -> tx.run("CALL db.awaitIndexes(60)").consume());
        log.info("Schema applied: {} statements", statements.size());
    }
}
