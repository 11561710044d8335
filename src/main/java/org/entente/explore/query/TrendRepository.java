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

        /** The whole series as one point ({@code period} "all"); null when it is empty. */
        public Point total() {
            if (points.isEmpty()) {
                return null;
            }
            long[] n = new long[12];
            double goldstein = 0;
            for (var p : points) {
                long[] v = {p.claims(), p.agreement(), p.cooperation(), p.disagreement(), p.conflict(), p.meeting(),
                        p.negotiation(), p.statement(), p.verbalCooperation(), p.materialCooperation(), p.verbalConflict(),
                        p.materialConflict()};
                for (int i = 0; i < n.length; i++) {
                    n[i] += v[i];
                }
                goldstein += p.goldstein();
            }
            return new Point("all", n[0], goldstein, n[0] == 0 ? null : goldstein / n[0], n[1], n[2], n[3], n[4], n[5], n[6],
                    n[7], n[8], n[9], n[10], n[11]);
        }
    }

    private final Graph graph;

    public TrendRepository(Graph graph) {
        this.graph = graph;
    }

    public Trend between(EntitySummary a, EntitySummary b, By by, String from, String until) {
        var params = new HashMap<String, Object>();
        boolean ordered = a.id().compareTo(b.id()) < 0;
        params.put("a", ordered ? a.id() : b.id());
        params.put("b", ordered ? b.id() : a.id());
        params.put("by", by.name());
        params.put("from", from);
        params.put("until", until);
        var points = graph.query("explore/find_trend", params, Point::of);
        return new Trend(a, b, by, from, until, points.stream().mapToLong(Point::claims).sum(), points);
    }
}
