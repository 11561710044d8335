package org.entente.explore.query;

import java.util.List;
import java.util.Map;

import org.entente.explore.ClaimView;

/**
 * Everything the graph knows of one entity. {@code relationships} maps a type (LEADS, MET, …) to its rows, each
 * with {@code direction} ({@code out}: this entity is the subject), the {@code other} entity, the relationship's
 * own properties (title, date, place, quote …) and its sources.
 */
public record EntityProfile(String id, String kind, String name, List<String> aliases, Map<String, Object> attributes,
                            Map<String, List<Map<String, Object>>> relationships, List<ClaimView> claims,
                            List<Map<String, Object>> sources) {
}
