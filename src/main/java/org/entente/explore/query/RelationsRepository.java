package org.entente.explore.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.explore.Circles;
import org.entente.explore.ClaimView;
import org.entente.explore.Issues;
import org.entente.explore.resolve.EntitySummary;
import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;
import org.entente.system.Graph;
import org.springframework.stereotype.Repository;

/**
 * Everything between two entities, grouped the way an analyst asks: where they agree, where they disagree, and
 * the rest (meetings, negotiations, cooperation, conflict, statements, and agreements the text denies).
 */
@Repository
public class RelationsRepository {

    private final Graph graph;
    private final Issues issues;
    private final Circles circles;

    public RelationsRepository(Graph graph, Issues issues, Circles circles) {
        this.graph = graph;
        this.issues = issues;
        this.circles = circles;
    }

    /** {@code ledger}: per issue, the balance of agreement and disagreement between the two, with its claims. */
    public record Relations(EntitySummary a, EntitySummary b, List<StanceLedger.Line> ledger, List<ClaimView> agreements,
                     List<ClaimView> disagreements, List<ClaimView> other) {

        /** Every claim between the two: agreements, disagreements, then the rest. */
        public List<ClaimView> claims() {
            var all = new ArrayList<ClaimView>(agreements);
            all.addAll(disagreements);
            all.addAll(other);
            return all;
        }
    }

    public Relations between(EntitySummary a, EntitySummary b, int limit) {
        var agreements = new ArrayList<ClaimView>();
        var disagreements = new ArrayList<ClaimView>();
        var other = new ArrayList<ClaimView>();
        var params = Map.<String, Object>of("members", Circles.parameters(circles.of(a.id()), a),
                "others", Circles.parameters(circles.of(b.id()), b), "limit", limit);
        graph.query("explore/find_relations", params, r -> r.get("claim")).forEach(v -> {
            var claim = ClaimView.of(v);
            boolean denied = claim.modality() == Modality.DENIED;
            if (!denied && claim.kind() == ClaimKind.AGREEMENT && v.get("together").asBoolean()) {
                agreements.add(claim);
            } else if (!denied && claim.kind() == ClaimKind.DISAGREEMENT && v.get("opposed").asBoolean()) {
                disagreements.add(claim);
            } else {
                other.add(claim);
            }
        });
        return new Relations(a, b, StanceLedger.of(agreements, disagreements, other, issues, java.util.Set.of(a.id(), b.id())),
                agreements, disagreements, other);
    }
}
