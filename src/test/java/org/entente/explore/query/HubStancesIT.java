package org.entente.explore.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.support.GraphTest;
import org.entente.system.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * find_stances on an entity with more claims than it reads in full (a state in a million GDELT events): its newest
 * claims, found from the date index, the same as the newest of all its claims read in full. The seed's Russia stands
 * in for a hub by lowering the bound.
 */
@GraphTest
class HubStancesIT {

    @Autowired
    Graph graph;

    @Test
    void shouldGiveTheNewestClaimsOfAHubAsReadingThemAllWould() {
        var all = stances("country:rus", 1000, Integer.MAX_VALUE);
        var dated = all.stream().filter(c -> c.get("date") != null)
                .sorted(Comparator.comparing((Map<String, Object> c) -> (String) c.get("date")).reversed()).toList();
        assertThat(dated).hasSizeGreaterThan(4);
        var newest = dated.get(2).get("date");
        var hub = stances("country:rus", 3, 0);
        assertThat(hub).hasSize(3).allSatisfy(c -> assertThat((String) c.get("date")).isGreaterThanOrEqualTo((String) newest));
        assertThat(hub).allSatisfy(c -> assertThat(all).extracting(x -> x.get("id")).contains(c.get("id")));
        // the claims of an entity under the bound are all read, whatever their date
        assertThat(stances("country:rus", 1000, 1000)).hasSameSizeAs(all);
        // and an entity without claims has none either way
        assertThat(stances("country:none-such", 10, 0)).isEmpty();
    }

    private List<Map<String, Object>> stances(String id, int limit, int expand) {
        var params = new HashMap<String, Object>();
        params.put("ids", List.of(id));
        params.put("text", null);
        params.put("limit", limit);
        params.put("expand", expand);
        return graph.query("explore/find_stances", params, r -> r.get("claim").asMap());
    }
}
