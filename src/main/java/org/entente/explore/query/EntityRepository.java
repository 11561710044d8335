package org.entente.explore.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.explore.ClaimView;
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
        var relationships = new LinkedHashMap<String, List<Map<String, Object>>>();
        graph.query("explore/find_entity_relationships", params, r -> r).forEach(r -> {
            var properties = new LinkedHashMap<>(r.get("properties").asMap());
            var row = new LinkedHashMap<String, Object>();
            row.put("direction", r.get("direction").asString());
            row.put("other", r.get("other").asMap());
            properties.remove("sources");
            properties.remove("id");
            row.putAll(properties);
            row.put("sources", r.get("sources").asList(v -> v.asMap()));
            relationships.computeIfAbsent(r.get("type").asString(), t -> new java.util.ArrayList<>()).add(row);
        });
        var claims = claims(entity, claimLimit);
        var sources = new LinkedHashMap<String, Map<String, Object>>();
        claims.forEach(c -> {
            if (c.source() != null) {
                sources.putIfAbsent((String) c.source().get("id"), c.source());
            }
        });
        relationships.values().forEach(rows -> rows.forEach(row -> {
            @SuppressWarnings("unchecked")
            var rowSources = (List<Map<String, Object>>) row.get("sources");
            rowSources.forEach(s -> sources.putIfAbsent((String) s.get("id"), s));
        }));
        return new EntityProfile(entity.id(), entity.kind(), entity.name(), entity.aliases(), attributes, relationships,
                claims, List.copyOf(sources.values()));
    }
}
