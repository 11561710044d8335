package org.entente.explore.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.support.GraphTest;
import org.entente.system.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * find_timeline_claims for a hub (more claims than it reads in full) walks the claims' date index; on the seed, with
 * the bound lowered so that Russia counts as one, it gives what reading all of Russia's claims gives: the same claims
 * when all fit, the oldest when they do not, and the same windows of those who act for it and the same date range.
 */
@GraphTest
class HubTimelineIT {

    private static final List<Map<String, Object>> RUSSIA = List.of(
            Map.of("id", "country:rus", "self", true),
            Map.of("id", "person:dmitry-medvedev", "self", false, "since", "2008-05-07"),
            Map.of("id", "person:vladimir-putin", "self", false, "until", "2008-05-06"));

    @Autowired
    Graph graph;

    @Test
    void shouldGiveTheClaimsReadingThemAllGives() {
        var all = timeline(null, null, 1000, Integer.MAX_VALUE);
        assertThat(all).hasSizeGreaterThan(4);
        assertThat(timeline(null, null, 1000, 0)).isEqualTo(all);
        assertThat(timeline("2009-04-01", "2009-04-30", 1000, 0)).isEqualTo(timeline("2009-04-01", "2009-04-30", 1000, Integer.MAX_VALUE));
    }

    @Test
    void shouldGiveTheOldestWhenNotAllFit() {
        var all = timeline(null, null, 1000, Integer.MAX_VALUE);
        var oldest = timeline(null, null, 3, 0);
        assertThat(oldest).hasSize(3);
        // the dates of the three oldest, whichever claims of the last date were kept
        assertThat(oldest.stream().map(c -> c.get("date")).toList())
                .isEqualTo(all.subList(0, 3).stream().map(c -> c.get("date")).toList());
        assertThat(all).extracting(c -> c.get("id")).containsAll(oldest.stream().map(c -> c.get("id")).toList());
    }

    private List<Map<String, Object>> timeline(String from, String to, int limit, int expand) {
        var params = new HashMap<String, Object>();
        params.put("members", RUSSIA);
        params.put("from", from);
        params.put("to", to);
        params.put("limit", limit);
        params.put("expand", expand);
        return graph.query("explore/find_timeline_claims", params, r -> Map.of("id", (Object) r.get("claim").get("id").asString(),
                "date", r.get("claim").get("date").asString()));
    }
}
