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

    private final TrendRepository trends;

    public RelationsRepository(Graph graph, Issues issues, Circles circles, TrendRepository trends) {
        this.graph = graph;
        this.issues = issues;
        this.circles = circles;
        this.trends = trends;
    }

    /**
     * {@code ledger}: per issue, the balance of agreement and disagreement between the two, with its claims.
     * {@code tally}: every dated claim with both as parties, counted by kind and quad class from the monthly tallies, however
     * many there are (the lists hold at most {@code limit} claims, and count those who act for the two as well); null
     * when there is none.
     */
    public record Relations(EntitySummary a, EntitySummary b, TrendRepository.Point tally, List<StanceLedger.Line> ledger,
                            List<ClaimView> agreements, List<ClaimView> disagreements, List<ClaimView> other) {

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
        var tally = trends.between(a, b, TrendRepository.By.year, null, null).total();
        return new Relations(a, b, tally, StanceLedger.of(agreements, disagreements, other, issues, java.util.Set.of(a.id(), b.id())),
                agreements, disagreements, other);
    }
}
