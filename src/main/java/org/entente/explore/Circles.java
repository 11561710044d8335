package org.entente.explore;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.explore.resolve.EntitySummary;
import org.entente.system.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Who counts as an entity when asking what it did: itself, those who act for it (Obama and the White House for the
 * United States), and, for a person or an organization, what it acts for (the United States for Obama), each with the
 * dates between which that held.
 */
@Component
public class Circles {

    /** Someone counted as the entity: itself, who acts for it, or what it acts for, and between which dates. */
    public record Member(String id, String name, String role, List<String> through, String since, String until) {
    }

    private final Graph graph;

    public Circles(Graph graph) {
        this.graph = graph;
    }

    /**
     * The members as query parameters: {id, self, since, until, through, role, for}, dates as the first and last day
     * the link held, {@code for} the entity they count as.
     */
    public static List<Map<String, Object>> parameters(List<Member> members, EntitySummary self) {
        return members.stream().<Map<String, Object>>map(m -> {
            var p = new HashMap<String, Object>();
            p.put("id", m.id());
            p.put("self", m.id().equals(self.id()));
            p.put("since", m.since() == null ? null : DateRange.firstDay(m.since()));
            p.put("until", m.until() == null ? null : DateRange.lastDay(m.until()));
            p.put("through", m.through());
            p.put("role", m.role());
            p.put("for", Map.of("id", self.id(), "name", self.name()));
            return p;
        }).toList();
    }

    public List<Member> of(String id) {
        var seen = new LinkedHashMap<String, Member>();
        graph.remembered("explore/find_circle", Map.of("id", id), r -> new Member(r.get("id").asString(), r.get("name").asString(null),
                r.get("role").asString(), r.get("through").asList(Value::asString), r.get("since").asString(null),
                r.get("until").asString(null))).forEach(m -> seen.putIfAbsent(m.id(), m));
        return List.copyOf(seen.values());
    }
}
