package org.entente.explore.ask.parts;


import java.util.List;
import java.util.Map;

import org.entente.explore.Circles;
import org.entente.explore.ClaimView;
import org.entente.explore.EntityRef;
import org.entente.explore.SourceRef;
import org.entente.explore.Wording;
import org.entente.system.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The treaties an entity is involved in, and who stands with it or against it: for {@code ask}. */
@Repository
public class Involvements {

    private static final int LIMIT = 50;

    /** How one entity of the circle ({@code entity}: its name as read, "the United States") is involved in a treaty. */
    public record Involvement(String entity, String how, String quote, String claimId, String claimKind, String date,
                       List<SourceRef> sources) {
    }

    public record Treaty(String id, String name, List<Involvement> involvement) {
    }

    /**
     * Someone on the other side of an entity's disputes, or on its side; {@code claims} are the first ten, each with
     * its quote and source only (no parties).
     */
    public record Counterpart(String id, String name, String kind, int count, List<ClaimView> claims) {
    }

    private final Graph graph;
    private final Circles circles;

    public Involvements(Graph graph, Circles circles) {
        this.graph = graph;
        this.circles = circles;
    }

    /** Treaties of the entity and of those counted with it (the state a leader leads, the leaders of a state). */
    public List<Treaty> treaties(String id) {
        var ids = circles.of(id).stream().map(Circles.Member::id).toList();
        return graph.query("explore/find_treaties", Map.of("ids", ids, "limit", LIMIT), r -> {
            var t = r.get("treaty");
            return new Treaty(t.get("id").asString(), t.get("name").asString(null),
                    r.get("involvement").asList(Involvements::involvement));
        });
    }

    public List<Counterpart> counterparts(String id, boolean opposed) {
        return graph.query("explore/find_counterparts", Map.of("id", id, "opposed", opposed, "limit", LIMIT), r -> {
            var other = r.get("other");
            return new Counterpart(other.get("id").asString(), other.get("name").asString(), other.get("kind").asString(null),
                    r.get("count").asInt(), r.get("claims").asList(ClaimView::of));
        });
    }

    private static Involvement involvement(Value v) {
        var claim = v.get("claim");
        return new Involvement(Wording.the(EntityRef.of(v.get("entity"))), v.get("how").asString(), v.get("quote").asString(null),
                claim.isNull() ? null : claim.get("id").asString(), claim.isNull() ? null : claim.get("kind").asString(),
                claim.isNull() ? null : claim.get("date").asString(null), v.get("sources").asList(SourceRef::of));
    }
}
