package org.entente.explore.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.support.GraphTest;
import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Connections look for one hop, then two (through the claims two entities share, from their tallies), before the
 * breadth-first search of find_connections; on the seed, where every path fits in the limit, they find the same
 * shortest paths the search finds alone.
 */
@GraphTest
class ConnectionShortcutsIT {

    @Autowired
    ConnectionRepository connections;

    @Autowired
    Graph graph;

    @ParameterizedTest
    @CsvSource({
            "country:usa, country:rus, 2",
            "person:barack-obama, person:dmitry-medvedev, 1",
            "country:rus, country:geo, 2",
            "person:yevgeny-volk, person:barack-obama, 0",
            "person:barack-obama, country:rus, 0"})
    void shouldFindTheShortestPathsTheSearchFinds(String from, String to, int hops) {
        var types = ConnectionRepository.DEFAULT_HOP_TYPES;
        var found = new HashSet<List<String>>();
        connections.paths(from, to, 6, 1000, types).forEach(p -> found.add(p.nodes().stream().map(ConnectionRepository.Node::id).toList()));
        assertThat(found).isNotEmpty().isEqualTo(searched(from, to, types));
        if (hops > 0) {
            assertThat(found).allSatisfy(p -> assertThat(p).hasSize(hops + 1));
        }
    }

    /** The node ids of every shortest path of find_connections alone. */
    private Set<List<String>> searched(String from, String to, Set<String> types) {
        var params = new HashMap<String, Object>(Map.of("from", from, "to", to, "limit", 3000, "types", List.copyOf(types)));
        var out = new HashSet<List<String>>();
        graph.read(tx -> Cypher.run(tx, "explore/find_connections", params).list()).forEach(r ->
                out.add(r.get("nodes").asList(n -> n.get("id").asString())));
        return out;
    }
}
