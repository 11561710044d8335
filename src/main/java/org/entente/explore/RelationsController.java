package org.entente.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.system.Graph;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything between two entities, grouped the way an analyst asks: where they agree, where they disagree, and
 * the rest (meetings, negotiations, cooperation, conflict, statements, and claims the text denies).
 */
@RestController
class RelationsController {

    private final EntityResolver resolver;
    private final Graph graph;

    RelationsController(EntityResolver resolver, Graph graph) {
        this.resolver = resolver;
        this.graph = graph;
    }

    @GetMapping("/api/relations")
    Relations relations(@RequestParam String a, @RequestParam String b) {
        var first = resolver.resolve(a);
        var second = resolver.resolve(b);
        if (first.id().equals(second.id())) {
            throw new IllegalArgumentException("a and b name the same entity (" + first.id() + "); ask about two entities");
        }
        var agreements = new ArrayList<ClaimView>();
        var disagreements = new ArrayList<ClaimView>();
        var other = new ArrayList<ClaimView>();
        graph.query("explore/find_relations", Map.of("a", first.id(), "b", second.id()), r -> r.get("claim"))
                .forEach(v -> {
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
        return new Relations(first, second, agreements, disagreements, other);
    }

    record Relations(EntitySummary a, EntitySummary b, List<ClaimView> agreements, List<ClaimView> disagreements,
                     List<ClaimView> other) {
    }
}
