package org.entente.system;

import java.util.Map;

import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * The graph's size in {@code /actuator/info}, beside the version: how many entities, claims and sources it holds. A
 * database that cannot answer leaves the rest of the page as it is, saying so ({@code /actuator/health} says why).
 */
@Component
class GraphInfo implements InfoContributor {

    private static final Logger log = LoggerFactory.getLogger(GraphInfo.class);

    private final Graph graph;

    GraphInfo(Graph graph) {
        this.graph = graph;
    }

    @Override
    public void contribute(Info.Builder builder) {
        try {
            var counts = graph.query("system/count_graph", Map.of(), r -> Map.of("entities", r.get("entities").asLong(),
                    "claims", r.get("claims").asLong(), "sources", r.get("sources").asLong()));
            builder.withDetail("graph", counts.get(0));
        } catch (Neo4jException e) {
            log.warn("The graph's counts for /actuator/info could not be read: {}", e.getMessage());
            builder.withDetail("graph", Map.of("unavailable", true));
        }
    }
}
