package org.entente.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.system.Graph;
import org.springframework.stereotype.Repository;

/**
 * Everything between two entities, grouped the way an analyst asks: where they agree, where they disagree, and
 * the rest (meetings, negotiations, cooperation, conflict, statements, and agreements the text denies).
 */
@Repository
class RelationsRepository {

    private final Graph graph;
    private final Issues issues;

    RelationsRepository(Graph graph, Issues issues) {
        this.graph = graph;
        this.issues = issues;
    }

    /** {@code ledger}: per issue, the balance of agreement and disagreement between the two, with its claims. */
    record Relations(EntitySummary a, EntitySummary b, List<StanceLedger.Line> ledger, List<ClaimView> agreements,
                     List<ClaimView> disagreements, List<ClaimView> other) {
    }

    Relations between(EntitySummary a, EntitySummary b, int limit) {
        var agreements = new ArrayList<ClaimView>();
        var disagreements = new ArrayList<ClaimView>();
        var other = new ArrayList<ClaimView>();
        graph.query("explore/find_relations", Map.of("a", a.id(), "b", b.id(), "limit", limit), r -> r.get("claim")).forEach(v -> {
            var claim = ClaimView.of(v);
            boolean denied = "DENIED".equals(claim.modality());
            if (!denied && "AGREEMENT".equals(claim.kind()) && v.get("together").asBoolean()) {
                agreements.add(claim);
            } else if (!denied && "DISAGREEMENT".equals(claim.kind()) && v.get("opposed").asBoolean()) {
                disagreements.add(claim);
            } else {
                other.add(claim);
            }
        });
        return new Relations(a, b, StanceLedger.of(agreements, disagreements, other, issues), agreements, disagreements, other);
    }
}
