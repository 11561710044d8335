package org.entente.explore.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.entente.explore.ClaimView;
import org.entente.explore.SourceRef;
import org.entente.explore.resolve.EntitySummary;
import org.entente.system.Graph;
import org.springframework.stereotype.Repository;

/** The read side of one entity: its attributes, its relationships grouped by type, its claims, its sources. */
@Repository
public class EntityRepository {

    private static final List<String> SHOWN_ELSEWHERE = List.of("id", "name", "aliases", "sources");

    private final Graph graph;

    public EntityRepository(Graph graph) {
        this.graph = graph;
    }

    /** The claims an entity is a party to, the subject of, or the speaker of ({@code roles} says which), oldest first. */
    public List<ClaimView> claims(EntitySummary entity, int limit) {
        return graph.query("explore/find_entity_claims", Map.of("id", entity.id(), "limit", limit), r -> ClaimView.of(r.get("claim")));
    }

    public EntityProfile profile(EntitySummary entity, int claimLimit) {
        var params = Map.<String, Object>of("id", entity.id(), "limit", claimLimit);
        var attributes = new LinkedHashMap<String, Object>(graph.query("explore/find_entity", params,
                r -> r.get("properties").asMap()).get(0));
        SHOWN_ELSEWHERE.forEach(attributes::remove);
        var relationships = new LinkedHashMap<String, List<EntityProfile.Relationship>>();
        graph.query("explore/find_entity_relationships", params, r -> r).forEach(r -> relationships
                .computeIfAbsent(r.get("type").asString(), t -> new ArrayList<>()).add(EntityProfile.Relationship.of(r)));
        var claims = claims(entity, claimLimit);
        var sources = new LinkedHashMap<String, SourceRef>();
        claims.stream().map(ClaimView::source).filter(Objects::nonNull).forEach(s -> sources.putIfAbsent(s.id(), s));
        relationships.values().forEach(rows -> rows.forEach(row -> row.sources().forEach(s -> sources.putIfAbsent(s.id(), s))));
        return new EntityProfile(entity.id(), entity.kind(), entity.name(), entity.aliases(), attributes, relationships,
                claims, List.copyOf(sources.values()));
    }
}
