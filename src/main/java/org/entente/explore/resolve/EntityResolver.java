package org.entente.explore.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.system.Graph;
import org.springframework.stereotype.Component;

/**
 * Turns what a person types ("Obama", "the Kremlin", "U.S.", "country:rus") into one entity: an id, else a name
 * or alias that matches exactly after normalising, else a person's surname. Several matches are ambiguous (409);
 * none is unknown (404) and comes back with the nearest names from the full-text index.
 */
@Component
public class EntityResolver {

    /** kind:slug, as every entity id is; anything else is a name and goes straight to the full-text index. */
    private static final java.util.regex.Pattern ID_SHAPE = java.util.regex.Pattern.compile("[A-Za-z]+:\\S+");

    private final Graph graph;

    public EntityResolver(Graph graph) {
        this.graph = graph;
    }

    public EntitySummary resolve(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("an entity reference (an id, a name or an alias) is required");
        }
        Names.checkLength(ref);
        if (ID_SHAPE.matcher(ref.strip()).matches()) {
            // ids are lower case by construction (docs/facts.md), so COUNTRY:RUS finds country:rus in one look-up
            var byId = graph.remembered("explore/find_entity",
                    Map.of("id", ref.strip().toLowerCase(java.util.Locale.ROOT)), EntitySummary::of);
            if (!byId.isEmpty()) {
                return byId.get(0);
            }
        }
        var candidates = search(ref, null, 25);
        var wanted = Names.normal(ref);
        var exact = candidates.stream().filter(c -> Names.normal(c.name()).equals(wanted)
                || c.aliases().stream().anyMatch(a -> Names.normal(a).equals(wanted))).toList();
        if (exact.isEmpty()) {
            exact = candidates.stream().filter(c -> "Person".equals(c.kind()) && surname(c.name()).equals(wanted)).toList();
        }
        if (exact.isEmpty() && !wanted.contains(" ")) {
            // names whose family name comes first: "Wang" for Wang Qishan
            exact = candidates.stream().filter(c -> "Person".equals(c.kind()) && Names.normal(c.name()).startsWith(wanted + " "))
                    .toList();
        }
        if (exact.size() == 1) {
            var e = exact.get(0);
            return new EntitySummary(e.id(), e.kind(), e.name(), e.aliases(), null);
        }
        if (exact.size() > 1) {
            throw new AmbiguousReferenceException(ref, exact);
        }
        throw new EntityNotFoundException(ref, candidates.stream().limit(5).toList());
    }

    public List<EntitySummary> search(String text, String kind, int limit) {
        var query = Names.fullTextQuery(text);
        if (query == null) {
            return List.of();
        }
        var params = new HashMap<String, Object>();
        params.put("query", query);
        params.put("kind", kind);
        params.put("limit", limit);
        return graph.remembered("explore/search_entities", params, EntitySummary::of);
    }

    private static String surname(String name) {
        var parts = Names.normal(name).split(" ");
        return parts[parts.length - 1];
    }
}
