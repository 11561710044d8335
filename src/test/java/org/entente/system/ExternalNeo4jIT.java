package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.entente.EntenteApplication;
import org.entente.support.GraphCounts;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same application against an external Neo4j server (what {@code NEO4J_URI} selects): nothing embedded starts,
 * the schema applies and the seed imports over the network. Needs Docker; skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer(System.getProperty("neo4j.image", "neo4j:5.26.30-community"))
            .withAdminPassword("entente-test");

    @Test
    void shouldSeedAndAnswerOnAnExternalServer() {
        try (var context = EntenteApplication.start(List.of(
                "--entente.neo4j.uri=" + NEO4J.getBoltUrl(),
                "--entente.neo4j.password=entente-test"), false, Map.of())) {
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            var counts = GraphCounts.of(context.getBean(Graph.class));
            assertThat(counts).containsEntry(":Article", 1L);
            assertThat(counts.get(":Claim")).isPositive();
        }
    }
}
