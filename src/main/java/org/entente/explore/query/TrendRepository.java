package org.entente.explore.query;

import java.util.HashMap;
import java.util.List;

import org.entente.explore.resolve.EntitySummary;
import org.entente.system.Graph;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** Relations between two entities over time, from the monthly tallies ({@code explore/find_trend}). */
@Repository
public class TrendRepository {

    /** How to group: by calendar month or year. */
    public enum By { month, year }

    /**
     * One period: claims between the two and their kinds, GDELT's quad classes (verbal / material × cooperation /
     * conflict, from the CAMEO code; claims without one are in none), and the Goldstein sum and mean.
     */
    public record Point(String period, long claims, double goldstein, Double goldsteinMean, long agreement, long cooperation,
                        long disagreement, long conflict, long meeting, long negotiation, long statement,
                        long verbalCooperation, long materialCooperation, long verbalConflict, long materialConflict) {

        static Point of(Record r) {
            long claims = r.get("claims").asLong();
            double goldstein = r.get("goldstein").asDouble();
            return new Point(r.get("period").asString(), claims, goldstein, claims == 0 ? null : goldstein / claims,
                    r.get("agreement").asLong(), r.get("cooperation").asLong(), r.get("disagreement").asLong(),
                    r.get("conflict").asLong(), r.get("meeting").asLong(), r.get("negotiation").asLong(),
                    r.get("statement").asLong(), r.get("verbalCooperation").asLong(), r.get("materialCooperation").asLong(),
                    r.get("verbalConflict").asLong(), r.get("materialConflict").asLong());
        }
    }

    /** The series, and how many claims stand behind it. */
    public record Trend(EntitySummary a, EntitySummary b, By by, String from, String until, long claims, List<Point> points) {
    }

    private final Graph graph;

    public TrendRepository(Graph graph) {
        this.graph = graph;
    }

    public Trend between(EntitySummary a, EntitySummary b, By by, String from, String until) {
        var params = new HashMap<String, Object>();
        params.put("a", a.id());
        params.put("b", b.id());
        params.put("by", by.name());
        params.put("from", from);
        params.put("until", until);
        var points = graph.query("explore/find_trend", params, Point::of);
        return new Trend(a, b, by, from, until, points.stream().mapToLong(Point::claims).sum(), points);
    }
}
