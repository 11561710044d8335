package org.entente.system;

import java.util.Map;

import org.entente.facts.ClaimKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} at start-up, before the web server takes requests; every statement there is
 * {@code IF NOT EXISTS}, so this is idempotent. Then brings claims written before claims carried their kind as a second
 * label up to date ({@code cypher/system/label_claims.cypher}), which is idempotent too.
 */
@Component
public class SchemaInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);
    /** Claims labelled per transaction by the start-up's label migration. */
    private static final int LABEL_BATCH = 10_000;

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
            try {
                graph.write(tx -> tx.run(statement).consume());
            } catch (RuntimeException e) {
                if (!dropStrayIndex(statement, e)) {
                    throw e;
                }
                graph.write(tx -> tx.run(statement).consume());
            }
        }
        graph.write(tx -> tx.run("CALL db.awaitIndexes(60)").consume());
        labelClaims(LABEL_BATCH);
        applied = true;
        log.info("Schema applied: {} statements", statements.size());
    }

    /**
     * Every claim carries its kind as a second label ({@code :Claim:Disagreement}), which the writers set; a store
     * written before they did gets the labels here, a batch per transaction so that a million claims need no large one.
     * Returns how many claims were labelled (none once a store is up to date).
     */
    long labelClaims(int batch) {
        var parameters = Map.<String, Object>of("labels", ClaimKind.labels(), "limit", batch);
        long total = 0;
        long labelled;
        do {
            labelled = graph.write(tx -> Cypher.run(tx, "system/label_claims", parameters).single().get("labelled").asLong());
            total += labelled;
        } while (labelled == batch);
        if (total > 0) {
            log.info("Claims written before claims carried their kind as a label: {} labelled", total);
        }
        return total;
    }

    /**
     * A process killed while it created a constraint can leave the constraint's index behind without the constraint; the
     * next start's {@code CREATE CONSTRAINT name IF NOT EXISTS} then fails ("There already exists an index called
     * 'name'"). Such an index, owned by no constraint, is dropped, so that the statement can be run again. The name
     * comes from {@code schema.cypher}, never from a user, and must be a plain identifier (schema commands take no
     * parameters for names).
     */
    private boolean dropStrayIndex(String statement, RuntimeException failure) {
        var matcher = CONSTRAINT_NAME.matcher(statement);
        if (!matcher.find() || failure.getMessage() == null || !failure.getMessage().contains("already exists an index called")) {
            return false;
        }
        var name = matcher.group(1);
        boolean stray = graph.read(tx -> Cypher.run(tx, "system/find_stray_index", Map.of("name", name)).hasNext());
        if (!stray) {
            return false;
        }
        log.warn("Index {} exists without its constraint (a start that was killed while creating it?): dropping it and creating the constraint again", name);
        graph.write(tx -> tx.run("DROP INDEX " + name + " IF EXISTS").consume());
        return true;
    }

    private static final java.util.regex.Pattern CONSTRAINT_NAME = java.util.regex.Pattern.compile("CREATE CONSTRAINT ([a-z_]+) IF NOT EXISTS");
}
