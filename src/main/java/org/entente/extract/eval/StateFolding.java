package org.entente.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.facts.Facts;

/**
 * Rule 3 of the score "by state" (agreement study, {@code seeds/heldout/agreement/README.md}): which parties count as
 * their state, by a Facts file's own relationships. A government body (an {@code Organization} of {@code orgType:
 * government body}) that is {@code PART_OF} a {@code Country}, directly or through other government bodies (OFAC →
 * U.S. Treasury → United States), is that state; so is a {@code Person} who {@code WORKS_FOR}, {@code SPEAKS_FOR} or
 * {@code LEADS} a country or such a government body. "The Treasury and the State Department lift sanctions" is then
 * the United States' act, and the official the extractor names is the state the curator names.
 *
 * <p>Nothing else folds: not armed forces, state-owned companies, intergovernmental or other organizations, even when
 * {@code PART_OF} a state (the IRGC and its Qods Force stay parties of their own, as both curators of the study wanted);
 * not places; not a person whose relationships reach two different states.
 */
final class StateFolding {

    private static final Set<String> OFFICIAL = Set.of("WORKS_FOR", "SPEAKS_FOR", "LEADS");

    private StateFolding() {
    }

    /** Entity id → the id of the country it counts as, for every entity of the file that folds. */
    static Map<String, String> states(Facts facts) {
        var entities = new HashMap<String, Facts.Entity>();
        facts.entities().forEach(e -> entities.put(e.id(), e));
        var up = new HashMap<String, List<String>>();
        for (var r : facts.relationships()) {
            var from = entities.get(r.from());
            var to = entities.get(r.to());
            if (from == null || to == null || !(isState(to) || isGovernmentBody(to))) {
                continue;
            }
            boolean body = isGovernmentBody(from) && r.type().equals("PART_OF");
            boolean official = from.kind().equals("Person") && OFFICIAL.contains(r.type());
            if (body || official) {
                up.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(to.id());
            }
        }
        var states = new HashMap<String, String>();
        for (var id : up.keySet()) {
            var reached = new HashSet<String>();
            reach(id, up, entities, new HashSet<>(), reached);
            if (reached.size() == 1) {
                states.put(id, reached.iterator().next());
            }
        }
        return states;
    }

    private static void reach(String id, Map<String, List<String>> up, Map<String, Facts.Entity> entities, Set<String> seen,
                              Set<String> states) {
        if (!seen.add(id)) {
            return;
        }
        if (isState(entities.get(id))) {
            states.add(id);
            return;
        }
        for (var next : up.getOrDefault(id, List.of())) {
            reach(next, up, entities, seen, states);
        }
    }

    private static boolean isState(Facts.Entity e) {
        return e != null && e.kind().equals("Country");
    }

    private static boolean isGovernmentBody(Facts.Entity e) {
        return e != null && e.kind().equals("Organization") && e.properties() != null
                && "government body".equals(e.properties().get("orgType"));
    }
}
