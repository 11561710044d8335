package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A question's reads share one transaction ({@link Graph#inOneRead}); if it fails on an error the driver would retry
 * (here: its connection is killed), the reads go on in retried transactions of their own instead of failing the
 * question (CI once saw one 503 in 11,000 reads under a write load, where each read had been retried before).
 */
class GraphIT extends HttpTest {

    @Autowired
    Driver driver;

    @Test
    void shouldShareOneTransactionAndGoOnAloneWhenItsConnectionIsLost() {
        var answers = graph.inOneRead(() -> {
            var own = own();
            assertThat(own()).as("the second read joins the first one's transaction").isEqualTo(own);
            try (var other = driver.session()) {
                other.run("CALL dbms.killConnection($id)", Map.of("id", own.get(1))).consume();
            }
            var after = own(); // in the shared transaction: ServiceUnavailableException, which executeRead retries
            return List.of(own, after, own());
        });
        assertThat(answers.get(1).get(0)).as("the read after the loss ran in a transaction of its own").isNotEqualTo(answers.get(0).get(0));
        assertThat(answers.get(2).get(0)).as("and so does every read after it").isNotEqualTo(answers.get(0).get(0));
    }

    @Test
    void shouldRememberWhoActsForAnEntityOnlyUntilTheGraphChanges() {
        var circle = "explore/find_circle";
        var id = Map.<String, Object>of("id", "country:usa");
        var records = graph.remembered(circle, id, r -> r);
        assertThat(graph.remembered(circle, id, r -> r).get(0)).as("the same records, not read again").isSameAs(records.get(0));
        // each caller maps them its own way (Circles to members, here to ids), whoever asked first
        var first = graph.remembered(circle, id, r -> r.get("id").asString());
        assertThat(first).contains("country:usa").allMatch(String.class::isInstance);
        // a write by a plain Bolt client (as from Neo4j Browser), not through Entente's writers, moves the version on
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("MERGE (p:Entity:Person {id: 'person:graph-it-envoy'}) SET p.name = 'Graph IT Envoy' "
                    + "WITH p MATCH (u:Entity {id: 'country:usa'}) MERGE (p)-[:WORKS_FOR]->(u)").consume());
        }
        try {
            assertThat(graph.remembered(circle, id, r -> r.get("id").asString())).as("read again after the write")
                    .contains("person:graph-it-envoy").containsAll(first);
        } finally {
            try (var session = driver.session()) {
                session.executeWrite(tx -> tx.run("MATCH (p:Entity {id: 'person:graph-it-envoy'}) DETACH DELETE p").consume());
            }
        }
        assertThat(graph.remembered(circle, id, r -> r.get("id").asString())).isEqualTo(first);
    }

    @Test
    void shouldNotSwallowAnErrorThatNoRetryMends() {
        assertThatThrownBy(() -> graph.inOneRead(() -> graph.read(tx -> tx.run("RETURN nonsense(").consume())))
                .isInstanceOf(ClientException.class);
    }

    /** The id of the transaction this read runs in, and of its connection. */
    private List<String> own() {
        var row = graph.read(tx -> tx.run("SHOW TRANSACTIONS YIELD transactionId, connectionId, currentQuery "
                        + "WHERE currentQuery STARTS WITH 'SHOW TRANSACTIONS YIELD transactionId, connectionId' "
                        + "RETURN transactionId, connectionId")
                .single());
        return List.of(row.get("transactionId").asString(), row.get("connectionId").asString());
    }
}
